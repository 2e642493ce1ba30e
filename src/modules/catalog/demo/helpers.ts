/**
 * Small builders for the demo procedure catalogue. The catalogue is sample data (isSample: true):
 * every entry is to be checked against the national procedure database before real use.
 */
import type { ProcedureInput } from '../../../contracts/catalog.js';

export type Procedure = ProcedureInput;
export type Step = ProcedureInput['steps'][number];
export type RequiredDocument = ProcedureInput['documents'][number];
export type Fee = ProcedureInput['fees'][number];
export type ProcessingTime = ProcedureInput['processingTime'];
type HandlerUnitType = NonNullable<Step['handlerUnitType']>;
type DocumentOptions = Partial<Omit<RequiredDocument, 'name' | 'form'>>;

// ── Processing time ────────────────────────────────────────────────────────

export const workingDays = (value: number): ProcessingTime => ({ unit: 'working_days', value });
export const workingHours = (value: number): ProcessingTime => ({ unit: 'working_hours', value });
export const onTheSpot: ProcessingTime = { unit: 'on_the_spot', value: 0 };
/** "… ngày" in the law (not "ngày làm việc"): calendar days, counted from the next day (Civil Code arts. 147–148). */
export const calendarDays = (value: number): ProcessingTime => ({ unit: 'calendar_days', value });
/** "Trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo". */
export const sameDay: ProcessingTime = { unit: 'same_day', value: 0 };

// ── Where to submit, delivery ──────────────────────────────────────────────

export const AT_COMMUNE_OR_PORTAL = 'Trung tâm Phục vụ hành chính công cấp xã hoặc Cổng Dịch vụ công quốc gia';
export const AT_COMMUNE = 'Trung tâm Phục vụ hành chính công cấp xã';
export const ANYWHERE_IN_PROVINCE =
  'Trung tâm Phục vụ hành chính công cấp tỉnh hoặc cấp xã bất kỳ trong tỉnh (không phụ thuộc địa giới hành chính) hoặc Cổng Dịch vụ công quốc gia';

/** Fully online services return the result electronically or by post, and at the counter on request. */
export const DELIVERY_ONLINE: Procedure['deliveryOptions'] = ['counter', 'post', 'electronic'];
export const DELIVERY_PAPER: Procedure['deliveryOptions'] = ['counter', 'post'];
export const DELIVERY_COUNTER: Procedure['deliveryOptions'] = ['counter'];

/** Retention of records kept permanently (vĩnh viễn), e.g. civil-status registers and land records. */
export const PERMANENT = 100;

// ── Documents and fees ─────────────────────────────────────────────────────

export function doc(name: string, form: RequiredDocument['form'], options: DocumentOptions = {}): RequiredDocument {
  return { name, form, count: 1, isRequired: true, ...options };
}

/** A document needed only in some cases (the note says which). */
export function optionalDoc(name: string, form: RequiredDocument['form'], note: string, options: DocumentOptions = {}): RequiredDocument {
  return { name, form, count: 1, isRequired: false, note, ...options };
}

/** Identity paper shown at the counter; not needed when the data is read from the national population database. */
export const identityShown = doc(
  'Giấy tờ tùy thân (thẻ căn cước, căn cước công dân, căn cước điện tử hoặc hộ chiếu) của người nộp hồ sơ',
  'original',
  {
    note: 'Xuất trình để đối chiếu khi nộp trực tiếp; không phải xuất trình nếu thông tin đã khai thác được từ Cơ sở dữ liệu quốc gia về dân cư.',
  },
);

/** Letter of authorisation when someone files on the applicant's behalf. */
export const authorisation = optionalDoc(
  'Văn bản ủy quyền',
  'original_or_certified_copy',
  'Khi ủy quyền cho người khác nộp hồ sơ; văn bản ủy quyền phải được chứng thực theo quy định.',
);

/** A charge (lệ phí). */
export function charge(name: string, amountVnd: number, per?: string, exemptions?: string): Fee {
  return { kind: 'charge', name, amountVnd, per: per ?? null, exemptions: exemptions ?? null };
}

/** A fee (phí). */
export function fee(name: string, amountVnd: number, per?: string, exemptions?: string): Fee {
  return { kind: 'fee', name, amountVnd, per: per ?? null, exemptions: exemptions ?? null };
}

/**
 * Fee for certified copies (Thông tư 226/2016/TT-BTC): 2,000 đ per page for pages 1–2,
 * 1,000 đ per page from page 3, at most 200,000 đ per copy.
 */
export function copyFees(name: string): Fee[] {
  return [
    fee(name, 2_000, 'mỗi trang, trang thứ nhất và thứ hai'),
    fee(name, 1_000, 'mỗi trang từ trang thứ 3 trở đi', 'Tổng mức thu không quá 200.000 đồng/bản.'),
  ];
}

// ── Process steps ──────────────────────────────────────────────────────────

export function step(name: string, handlerUnitType: HandlerUnitType, role: Step['role'], budgetHours: number): Step {
  return { name, handlerUnitType, role, budgetHours };
}

export const RECEIVE = 'Tiếp nhận, kiểm tra hồ sơ; cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ xử lý';
export const RETURN = 'Trả kết quả cho người nộp hồ sơ; thu phí, lệ phí (nếu có); lưu hồ sơ';

type StandardStepOptions = {
  /** What the specialist does. */
  appraise: string;
  /** Who approves (signs) the result. */
  approve: string;
  /** Unit that appraises and approves; the commune by default. */
  unit?: HandlerUnitType;
};

/**
 * The usual internal process: reception at the service centre, appraisal by a specialist,
 * approval by a leader, return at the service centre. The budgets add up exactly to the time.
 */
export function standardSteps(time: ProcessingTime, options: StandardStepOptions): Step[] {
  const unit = options.unit ?? 'commune';
  const total = time.unit === 'on_the_spot' ? 0 : time.unit === 'working_days' ? time.value * 8 : time.value;
  let receive: number;
  let approve: number;
  let giveBack: number;
  if (total === 0) [receive, approve, giveBack] = [0, 0, 0];
  else if (total <= 8) [receive, approve, giveBack] = [1, 1.5, 1];
  else if (total < 40) [receive, approve, giveBack] = [4, 4, 4];
  else [receive, approve, giveBack] = [4, 8, 8];
  const appraise = total - receive - approve - giveBack;
  if (appraise < 0) throw new Error(`Processing time of ${total} h is too short for the standard steps`);
  return [
    step(RECEIVE, 'service_centre', 'counter_officer', receive),
    step(options.appraise, unit, 'specialist', appraise),
    step(options.approve, unit, 'leader', approve),
    step(RETURN, 'service_centre', 'counter_officer', giveBack),
  ];
}

/** On-the-spot ("4 tại chỗ"): received, appraised, signed and returned at the counter; every budget is 0. */
export function onTheSpotSteps(sign: string): Step[] {
  return [
    step('Tiếp nhận yêu cầu, kiểm tra giấy tờ tại quầy', 'service_centre', 'counter_officer', 0),
    step(sign, 'commune', 'leader', 0),
    step('Thu phí, vào sổ, trả kết quả ngay tại quầy', 'service_centre', 'counter_officer', 0),
  ];
}
