import { describe, expect, it } from 'vitest';
import { comparisonOf, formatFigure, formatNumber, renderSentence, type SentenceTemplate } from './sentences.js';

const mediation: SentenceTemplate = {
  id: 'test.mediation',
  prefix: 'Toàn đơn vị có ',
  clauses: [
    { text: '{mediation.teams:n} tổ hòa giải cơ sở, với {mediation.mediators}' },
    {
      text: 'đã hòa giải thành công {mediation.success:n}/{mediation.mediated} mâu thuẫn, đạt {mediation.successRate}',
      zero: 'không phát sinh vụ việc hòa giải',
    },
  ],
  last: ', ',
  zero: 'Không phát sinh tổ hòa giải và vụ việc hòa giải ở cơ sở.',
  compare: 'mediation.mediated',
};

const petitions: SentenceTemplate = {
  id: 'test.petitions',
  clauses: [
    { text: 'đã tiếp nhận {petitions.received:n} đơn thư', zero: 'không tiếp nhận đơn thư mới' },
    { text: 'kỳ trước chuyển sang {petitions.carriedOver}' },
  ],
  zero: 'Trong kỳ không phát sinh đơn thư.',
};
const timeliness: SentenceTemplate = {
  id: 'test.timeliness',
  clauses: [{ text: 'tỷ lệ đúng hạn đạt {dossiers.timelyRate}' }, { text: '{dossiers.late} quá hạn' }],
  zero: 'Không phát sinh.',
};

describe('sentences written from figures', () => {
  it('begins with a capital whatever clause comes first, and prints a 0% rate as a fact', () => {
    expect(renderSentence(petitions, { 'petitions.received': 0, 'petitions.carriedOver': 10 }, null).text).toBe(
      'Không tiếp nhận đơn thư mới và kỳ trước chuyển sang 10 đơn.',
    );
    expect(renderSentence(petitions, { 'petitions.received': 402, 'petitions.carriedOver': 0 }, null).text).toBe(
      'Đã tiếp nhận 402 đơn thư.',
    );
    expect(renderSentence(timeliness, { 'dossiers.timelyRate': 0, 'dossiers.late': 3 }, null).text).toBe(
      'Tỷ lệ đúng hạn đạt 0% và 3 hồ sơ quá hạn.',
    );
    expect(renderSentence(timeliness, { 'dossiers.timelyRate': null, 'dossiers.late': 0 }, null).text).toBe('Không phát sinh.');
  });

  it('prints numbers the Vietnamese way, each with its own counting word', () => {
    expect(formatNumber(1838)).toBe('1.838');
    expect(formatNumber(1_234_567.5, 1)).toBe('1.234.567,5');
    expect(formatNumber(99.97, 2)).toBe('99,97');
    expect(formatNumber(100, 2)).toBe('100');
    expect(formatFigure('reception.periodic.days', 29)).toBe('29 ngày');
    expect(formatFigure('reception.periodic.visits', 786)).toBe('786 lượt công dân');
    expect(formatFigure('reception.sessions', 13)).toBe('13 cuộc');
    expect(formatFigure('mediation.successRate', 81.4)).toBe('81,4%');
    expect(formatFigure('ratings.verySatisfiedRate', 75.5)).toBe('75,5%');
    expect(formatFigure('dossiers.timelyRate', null)).toBe('—');
  });

  it('binds numerator and denominator, and says "không phát sinh" for what did not happen', () => {
    const values = {
      'mediation.teams': 183,
      'mediation.mediators': 1333,
      'mediation.success': 96,
      'mediation.mediated': 118,
      'mediation.successRate': 81.4,
    };
    expect(renderSentence(mediation, values, null).text).toBe(
      'Toàn đơn vị có 183 tổ hòa giải cơ sở, với 1.333 tổ viên, đã hòa giải thành công 96/118 vụ mâu thuẫn, đạt 81,4%.',
    );
    const noCases = { ...values, 'mediation.success': 0, 'mediation.mediated': 0, 'mediation.successRate': null };
    expect(renderSentence(mediation, noCases, null).text).toBe(
      'Toàn đơn vị có 183 tổ hòa giải cơ sở, với 1.333 tổ viên, không phát sinh vụ việc hòa giải.',
    );
    const nothing = {
      'mediation.teams': 0,
      'mediation.mediators': 0,
      'mediation.success': 0,
      'mediation.mediated': 0,
      'mediation.successRate': null,
    };
    expect(renderSentence(mediation, nothing, null).text).toBe('Không phát sinh tổ hòa giải và vụ việc hòa giải ở cơ sở.');
  });

  it('compares with the same period of the previous year only when it has records', () => {
    const values = {
      'mediation.teams': 183,
      'mediation.mediators': 1333,
      'mediation.success': 96,
      'mediation.mediated': 118,
      'mediation.successRate': 81.4,
    };
    expect(renderSentence(mediation, values, { 'mediation.mediated': 100 }).text).toContain(
      'đạt 81,4%; vụ việc đưa ra hòa giải tăng 18 vụ (18%) so với cùng kỳ năm trước.',
    );
    expect(comparisonOf('petitions.received', 402, 390)).toBe('tăng 12 đơn (3,1%) so với cùng kỳ năm trước');
    expect(comparisonOf('petitions.received', 380, 402)).toBe('giảm 22 đơn (5,5%) so với cùng kỳ năm trước');
    expect(comparisonOf('petitions.received', 40, 40)).toBe('bằng cùng kỳ năm trước');
    expect(comparisonOf('petitions.received', 4, 0)).toBe('tăng 4 đơn so với cùng kỳ năm trước');
    expect(comparisonOf('dossiers.timelyRate', 97.5, 96)).toBe('tăng 1,5 điểm phần trăm so với cùng kỳ năm trước');
    expect(comparisonOf('petitions.received', 4, null)).toBeNull();
  });
});
