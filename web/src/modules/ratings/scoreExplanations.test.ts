import type { UnitScoreBasis } from '@contracts/ratings';
import { describe, expect, it } from 'vitest';
import { vi as messages } from '../../platform/i18n/vi';
import { explainAverage, explainTotal, explainUnitIndicator } from './scoreExplanations';

const explainer = { locale: 'vi' as const, t: messages.ratings.explain };
const basis: UnitScoreBasis = {
  i1: { two: 3, one: 1, zero: 0 },
  i2: { two: 0, one: 2, zero: 1 },
  i3: { two: 4, one: 0, zero: 0 },
  i4: { two: 0, one: 4, zero: 0 },
  i7: { two: 2, one: 1, zero: 1 },
  i5: { procedures: 5, atOneStop: 4, threshold: 1 },
  i6: { publishedElectronically: true, postedOnPaper: false },
  i8: { total: 10, answeredOnTime: 9, overdueOpen: 0 },
  i9: { received: 182, receivedOnline: 39, onlineLate: 0 },
};

describe('how a Circular 01/2018 score was computed, in words', () => {
  it('spells out an average over the dossiers: (3 × 2 + 1 × 1 + 0 × 0) / 4 = 1,8', () => {
    expect(explainAverage('i1', basis.i1, 1.8, explainer)[0]).toBe('3 hồ sơ × 2 + 1 × 1 + 0 × 0 = 7 điểm / 4 hồ sơ = 1,8 điểm');
  });

  it('gives the share and the thresholds of the online services: 39/182 = 21,43 % is below 30 % → 1 point', () => {
    expect(explainUnitIndicator('i9', 1, basis, explainer)).toEqual([
      '39 hồ sơ trực tuyến / 182 hồ sơ (21,43 %), 0 hồ sơ trực tuyến quá hạn → 1 điểm vì ngưỡng: 2 điểm từ 30 %, 1 điểm từ 15 %, và không có hồ sơ trực tuyến nào quá hạn.',
    ]);
  });

  it('says why the one-stop share and the feedback handling have their points', () => {
    expect(explainUnitIndicator('i5', 1, basis, explainer)[0]).toContain(
      '4/5 thủ tục giải quyết trọn tại Bộ phận một cửa (80,00 %) → 1 điểm',
    );
    expect(explainUnitIndicator('i8', 1, basis, explainer)[0]).toContain('9/10 phản ánh trả lời đúng hạn (90,00 %)');
  });

  it('adds up the total in Vietnamese numbers', () => {
    const indicators = { i1: 1.8, i2: 0.7, i3: 2, i4: 1, i5: 1, i6: 1, i7: 1.3, i8: 1, i9: 1 };
    expect(explainTotal({ indicators, total: 10.8, className: 'Khá', isUnit: true }, explainer)).toBe(
      'Tổng: 1,8 + 0,7 + 2 + 1 + 1 + 1 + 1,3 + 1 + 1 = 10,8/18 → Khá. Xuất sắc từ 15, Tốt từ 12, Khá từ 9, Trung bình từ 6.',
    );
  });
});
