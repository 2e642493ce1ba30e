import type { FieldError } from '../../platform/errors/errors.js';
import type { Delivery, DeliveryRecord } from '../../contracts/dossiers.js';

export { DeliveryRecord } from '../../contracts/dossiers.js';

/** A delivery time a few minutes ahead is a clock difference, not a claim about the future. */
const clockSkewMs = 5 * 60_000;

/**
 * The field problems of a return's delivery record: required for home and post (with who
 * delivered, or the postal receipt number), refused for the counter and electronic returns,
 * delivered neither before the result was ready nor in the future.
 */
export function checkDeliveryRecord(input: {
  delivery: Delivery;
  record: DeliveryRecord | undefined;
  resultReadyAt: string | null;
  now: Date;
}): FieldError[] {
  const { delivery, record } = input;
  const needsRecord = delivery === 'home' || delivery === 'post';
  if (!needsRecord) {
    return record
      ? [
          {
            field: 'deliveryRecord',
            code: 'not_allowed',
            message: {
              vi: 'Chỉ ghi biên nhận giao kết quả khi trả tại nhà hoặc qua bưu chính.',
              en: 'A delivery record is kept only for home or postal delivery.',
            },
          },
        ]
      : [];
  }
  if (!record) {
    return [
      {
        field: 'deliveryRecord',
        code: 'required',
        message: {
          vi: 'Trả kết quả tại nhà hoặc qua bưu chính cần ghi người nhận, địa chỉ, thời điểm giao và người giao hoặc số biên nhận bưu chính.',
          en: 'A home or postal return needs the recipient, the address, when it was delivered and who delivered it or the postal receipt number.',
        },
      },
    ];
  }
  const problems: FieldError[] = [];
  if (delivery === 'home' && !record.deliveredBy) {
    problems.push({
      field: 'deliveryRecord.deliveredBy',
      code: 'required',
      message: { vi: 'Ghi họ tên người giao kết quả.', en: 'Name the person who delivered the result.' },
    });
  }
  if (delivery === 'post' && !record.postalReceiptNumber) {
    problems.push({
      field: 'deliveryRecord.postalReceiptNumber',
      code: 'required',
      message: { vi: 'Ghi số biên nhận (số hiệu bưu gửi) của dịch vụ bưu chính.', en: 'Give the postal receipt (item) number.' },
    });
  }
  const deliveredAt = Date.parse(record.deliveredAt);
  if (deliveredAt > input.now.getTime() + clockSkewMs) {
    problems.push({
      field: 'deliveryRecord.deliveredAt',
      code: 'in_future',
      message: { vi: 'Thời điểm giao không được ở tương lai.', en: 'Must not be in the future.' },
    });
  } else if (input.resultReadyAt && deliveredAt < Date.parse(input.resultReadyAt)) {
    problems.push({
      field: 'deliveryRecord.deliveredAt',
      code: 'before_result',
      message: { vi: 'Thời điểm giao không được trước khi có kết quả.', en: 'Must not be before the result was ready.' },
    });
  }
  return problems;
}

/** The record as stored in the event: the delivery time as a UTC instant, empty optional fields left out. */
export function storedDeliveryRecord(record: DeliveryRecord): Record<string, string> {
  return {
    recipientName: record.recipientName,
    address: record.address,
    deliveredAt: new Date(record.deliveredAt).toISOString(),
    ...(record.deliveredBy ? { deliveredBy: record.deliveredBy } : {}),
    ...(record.postalReceiptNumber ? { postalReceiptNumber: record.postalReceiptNumber } : {}),
  };
}
