/** The one-stop figures: dossiers, ratings and the catalogue (seeds 000, 001, 003, 004). */
import { count, rate, sum, type FigureDefinition } from './definition.js';

const qd766 = 'Quyết định 766/QĐ-TTg ngày 23/6/2022 (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ)';
const nd118 = 'Nghị định 118/2025/NĐ-CP (cơ chế một cửa, một cửa liên thông)';

export const serviceFigures: FigureDefinition[] = [
  count('oneStop', 'dossiers.received', 'dossiers.received', 'Hồ sơ tiếp nhận', 'Dossiers received', 'dossier', 'hồ sơ', {
    legalBasis: nd118,
    seed: '001: tiếp nhận hơn 2.600 hồ sơ',
  }),
  count(
    'oneStop',
    'dossiers.receivedOnline',
    'dossiers.receivedOnline',
    'Hồ sơ tiếp nhận trực tuyến',
    'Dossiers received online',
    'dossier',
    'hồ sơ',
  ),
  count('oneStop', 'dossiers.settled', 'dossiers.settled', 'Hồ sơ đã giải quyết', 'Dossiers settled', 'dossier', 'hồ sơ'),
  count('oneStop', 'dossiers.early', 'dossiers.early', 'Hồ sơ giải quyết trước hạn', 'Settled early', 'dossier', 'hồ sơ'),
  count('oneStop', 'dossiers.onTime', 'dossiers.onTime', 'Hồ sơ giải quyết đúng hạn', 'Settled on time', 'dossier', 'hồ sơ'),
  count('oneStop', 'dossiers.late', 'dossiers.late', 'Hồ sơ giải quyết quá hạn', 'Settled late', 'dossier', 'hồ sơ'),
  sum(
    'dossiers.returnedOnTime',
    'Hồ sơ trả đúng hạn và trước hạn',
    'Settled early or on time',
    'dossier',
    'hồ sơ',
    ['dossiers.early', 'dossiers.onTime'],
    {
      seed: '000: trả đúng hạn 1.838 hồ sơ; 001: trả đúng hạn hơn 2.500 hồ sơ',
    },
  ),
  count(
    'oneStop',
    'dossiers.inProgress',
    'dossiers.inProgress',
    'Hồ sơ đang giải quyết cuối kỳ',
    'Unfinished at the end',
    'dossier',
    'hồ sơ',
  ),
  count(
    'oneStop',
    'dossiers.inProgressOverdue',
    'dossiers.inProgressOverdue',
    'Hồ sơ đang giải quyết đã quá hạn cuối kỳ',
    'Unfinished and overdue at the end',
    'dossier',
    'hồ sơ',
  ),
  count('oneStop', 'dossiers.handled', 'dossiers.handled', 'Hồ sơ đã và đang giải quyết trong kỳ', 'Dossiers handled', 'dossier', 'hồ sơ', {
    legalBasis: `${qd766}, chỉ số 2.1 (mẫu số)`,
  }),
  count(
    'oneStop',
    'dossiers.timelyHandled',
    'dossiers.timelyHandled',
    'Hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết trong hạn',
    'Early, on time or unfinished within time',
    'dossier',
    'hồ sơ',
    { legalBasis: `${qd766}, chỉ số 2.1 (tử số)` },
  ),
  rate(
    'dossiers.timelyRate',
    'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn',
    'On-time rate',
    'dossiers.timelyHandled',
    'dossiers.handled',
    {
      precision: 2,
      legalBasis: `${qd766}, chỉ số 2.1`,
      seed: '001: đạt gần 97%; 003: 99,97% (cấp xã)',
    },
  ),
  rate('dossiers.onlineRate', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', 'Online share', 'dossiers.receivedOnline', 'dossiers.received'),
  count(
    'oneStop',
    'dossiers.homeDeliveries',
    'dossiers.homeDeliveries',
    'Hồ sơ trả kết quả tại nhà',
    'Results delivered at home',
    'dossier',
    'hồ sơ',
    { seed: '004: trả kết quả khai sinh, khai tử tại nhà' },
  ),
  count('oneStop', 'ratings.total', 'ratings.total', 'Lượt đánh giá', 'Ratings given', 'rating', 'lượt đánh giá'),
  count('oneStop', 'ratings.verySatisfied', 'ratings.verySatisfied', 'Lượt rất hài lòng', 'Very satisfied', 'rating', 'lượt'),
  count('oneStop', 'ratings.satisfied', 'ratings.satisfied', 'Lượt hài lòng', 'Satisfied', 'rating', 'lượt'),
  count('oneStop', 'ratings.unsatisfied', 'ratings.unsatisfied', 'Lượt không hài lòng', 'Unsatisfied', 'rating', 'lượt'),
  sum('ratings.satisfiedOrBetter', 'Lượt hài lòng và rất hài lòng', 'Satisfied or very satisfied', 'rating', 'lượt', [
    'ratings.verySatisfied',
    'ratings.satisfied',
  ]),
  rate('ratings.satisfiedRate', 'Tỷ lệ hài lòng', 'Satisfied share', 'ratings.satisfiedOrBetter', 'ratings.total', {
    seed: '003: 100% hài lòng',
  }),
  rate('ratings.verySatisfiedRate', 'Tỷ lệ rất hài lòng', 'Very satisfied share', 'ratings.verySatisfied', 'ratings.total', {
    seed: '003: 75,5% rất hài lòng',
  }),
  count(
    'oneStop',
    'decision766.satisfactionPercent',
    'decision766.satisfaction',
    'Mức độ hài lòng (chỉ số 5.4)',
    'Satisfaction (indicator 5.4)',
    'percent',
    '%',
    { legalBasis: `${qd766}, chỉ số 5.4` },
  ),
  count(
    'procedures',
    'province',
    'procedures.province',
    'Thủ tục hành chính cấp tỉnh công bố',
    'Province-level procedures',
    'procedure',
    'TTHC',
    {
      legalBasis: 'Nghị định 63/2010/NĐ-CP, Nghị định 92/2017/NĐ-CP (công bố thủ tục hành chính)',
    },
  ),
  count(
    'procedures',
    'commune',
    'procedures.commune',
    'Thủ tục hành chính cấp xã công bố',
    'Commune-level procedures',
    'procedure',
    'TTHC',
    {
      legalBasis: 'Nghị định 63/2010/NĐ-CP, Nghị định 92/2017/NĐ-CP (công bố thủ tục hành chính)',
      seed: '003: chuẩn hóa 99 TTHC cấp xã',
    },
  ),
];
