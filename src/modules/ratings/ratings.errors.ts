import { defineErrors } from '../../platform/errors/errors.js';

export const RatingError = defineErrors({
  RATING_TRANSACTION_NOT_FOUND: {
    status: 404,
    title: { vi: 'Không có giao dịch để đánh giá', en: 'No transaction to rate' },
    detail: { vi: 'Hồ sơ chưa được tiếp nhận hoặc chưa trả kết quả.', en: 'The dossier has not been received or returned yet.' },
  },
  RATING_ALREADY_GIVEN: {
    status: 409,
    title: { vi: 'Giao dịch này đã được đánh giá', en: 'This transaction has already been rated' },
    detail: { vi: 'Mỗi lần giao dịch chỉ được đánh giá một lần.', en: 'Each transaction may be rated once.' },
  },
  RATING_OTHER_UNIT: {
    status: 403,
    title: { vi: 'Giao dịch không thuộc đơn vị của quầy', en: 'The transaction belongs to another unit' },
    detail: {
      vi: 'Quầy đánh giá chỉ nhận đánh giá cho giao dịch tại đơn vị của mình.',
      en: 'A counter kiosk rates only transactions of its own unit.',
    },
  },
  RATING_NOT_AT_THIS_KIOSK: {
    status: 403,
    title: { vi: 'Quầy này không đánh giá giao dịch đó', en: 'This kiosk may not rate that transaction' },
    detail: {
      vi: 'Quầy đánh giá chỉ nhận đánh giá cho giao dịch cán bộ tại quầy vừa hoàn thành, trong 10 phút.',
      en: 'A counter kiosk rates only the transaction its own officer has just finished, within 10 minutes.',
    },
  },
  RATING_DOSSIER_WITHDRAWN: {
    status: 409,
    title: { vi: 'Hồ sơ đã rút, không còn giao dịch để đánh giá', en: 'The dossier was withdrawn: nothing is left to rate' },
  },
  RATING_DETAILS_CLOSED: {
    status: 409,
    title: { vi: 'Đã hết thời gian bổ sung ý kiến', en: 'Too late to add details' },
  },
  RATING_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy đánh giá', en: 'Rating not found' } },
  KIOSK_NOT_FOUND: {
    status: 404,
    title: { vi: 'Không tìm thấy quầy đánh giá', en: 'Kiosk not found' },
    detail: { vi: 'Đường dẫn quầy đánh giá không đúng hoặc đã bị thu hồi.', en: 'The kiosk link is wrong or has been revoked.' },
  },
  FEEDBACK_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy phản ánh', en: 'Feedback item not found' } },
  FEEDBACK_ALREADY_ANSWERED: { status: 409, title: { vi: 'Phản ánh đã được trả lời', en: 'The feedback item has already been answered' } },
});
