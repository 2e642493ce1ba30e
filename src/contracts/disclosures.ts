/**
 * The commune's disclosure register (Law 10/2022 arts. 11–13): the 14 items it must make public,
 * the channels each went out by with dated evidence, and the legal timing judged from them.
 */
import { z } from 'zod';
import { isoDate } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { bilingual } from '../platform/i18n/locale.js';

const line = (max: number) => z.string().trim().min(1).max(max);

/** The 14 items of art. 11, as the commune's register names them. */
export const disclosureItemTitles: Record<number, string> = {
  1: 'Kế hoạch phát triển kinh tế - xã hội và kết quả thực hiện',
  2: 'Dự toán, tình hình thực hiện, quyết toán ngân sách; kết luận kiểm toán',
  3: 'Dự án đầu tư, thu hồi đất, bồi thường, tái định cư; quy hoạch sử dụng đất, xây dựng',
  4: 'Quy chế thực hiện dân chủ, nhiệm vụ cán bộ, quy tắc ứng xử',
  5: 'Các quỹ, kinh phí dự án, khoản huy động đóng góp của Nhân dân',
  6: 'Quản lý, sử dụng tài sản công',
  7: 'Chính sách hỗ trợ, an sinh xã hội: tiêu chuẩn, đối tượng, kết quả',
  8: 'Cứu trợ thiên tai, dịch bệnh; tiếp nhận, phân bổ ủng hộ',
  9: 'Chỉ tiêu và danh sách gọi nhập ngũ',
  10: 'Kết quả thanh tra, xử lý tham nhũng; kết quả lấy phiếu tín nhiệm',
  11: 'Kế hoạch và kết quả lấy ý kiến Nhân dân',
  12: 'Phí, lệ phí do xã thu',
  13: 'Thủ tục hành chính giải quyết tại xã',
  14: 'Nội dung khác theo quy định',
};

/** How an item is made public (art. 12(1)). */
export const disclosureChannels = [
  'posting',
  'website',
  'loudspeaker',
  'village_heads',
  'letters',
  'meeting',
  'reception',
  'mass_organisations',
  'social_network',
  'other',
] as const;
export const evidenceKinds = ['photo', 'url', 'broadcast_log', 'document'] as const;
/** What the timing of an item lacks: late, a posting or a broadcast shorter than the law asks, a channel without evidence. */
export const disclosureProblems = [
  'not_disclosed',
  'late',
  'posting_missing',
  'posting_short',
  'permanent_taken_down',
  'loudspeaker_missing',
  'loudspeaker_short',
  'no_evidence',
] as const;

export const Evidence = z.object({ kind: z.enum(evidenceKinds), ref: line(1000), takenOn: isoDate });
const ordered = (value: { startedOn: string; endedOn?: string | undefined }) => !value.endedOn || value.endedOn >= value.startedOn;
const endOrder = { path: ['endedOn'], message: bilingual({ vi: 'Không được trước ngày bắt đầu.', en: 'Must not be before the start.' }) };

export const ChannelInput = z
  .object({
    kind: z.enum(disclosureChannels),
    /** Where: the commune office, a village's cultural house, the web address's page… */
    place: line(300).optional(),
    startedOn: isoDate,
    endedOn: isoDate.optional(),
    evidence: z.array(Evidence).max(20).default([]),
  })
  .refine(ordered, endOrder);
export const ChannelEnd = z.object({ endedOn: isoDate, evidence: z.array(Evidence).max(20).default([]) });

export const DisclosureInput = z.object({
  /** The commune (or ward, special zone) that discloses. */
  unitId: z.uuid(),
  item: z.number().int().min(1).max(14),
  title: line(500),
  documentRef: line(100).optional(),
  /** The day of the document or decision the item discloses: the 5 working days run from it. */
  documentDate: isoDate,
  channels: z.array(ChannelInput).max(20).default([]),
});

export const Channel = z.object({
  id: z.uuid(),
  kind: z.enum(disclosureChannels),
  place: z.string().nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  /** Consecutive days so far (to the end, or to today while it runs). */
  days: z.number().int(),
  evidence: z.array(Evidence),
});
export const Disclosure = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  item: z.number().int(),
  itemTitle: z.string(),
  title: z.string(),
  documentRef: z.string().nullable(),
  documentDate: z.string(),
  /** 5 working days after the document (art. 13). */
  dueOn: z.string(),
  disclosedOn: z.string().nullable(),
  /** Items 4 and 13 stay posted and are kept up to date. */
  permanent: z.boolean(),
  minPostingDays: z.number().int().nullable(),
  minLoudspeakerDays: z.number().int().nullable(),
  channels: z.array(Channel),
  problems: z.array(z.enum(disclosureProblems)),
  /** Current while a channel still shows it (or it is permanent), else in the archive. */
  current: z.boolean(),
  basis: z.string(),
  version: z.number().int(),
});
export type Disclosure = z.infer<typeof Disclosure>;

export const DisclosureListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  item: z.coerce.number().int().min(1).max(14).optional(),
  view: z.enum(['current', 'archive', 'all']).default('all'),
  q: z.string().trim().max(200).optional(),
});

export const QuarterQuery = z.object({
  unitId: z.uuid(),
  year: z.coerce.number().int().min(1990).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
});
/** The quarterly list of what the commune disclosed (art. 13). */
export const QuarterlyList = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  from: z.string(),
  to: z.string(),
  entries: z.array(Disclosure),
  /** Items of the 14 nothing was disclosed for in the quarter. */
  itemsWithout: z.array(z.number().int()),
});

export const reminderKinds = ['due_soon', 'overdue', 'posting_day_29', 'loudspeaker_running'] as const;
export const DisclosureReminder = z.object({
  disclosureId: z.uuid(),
  unitId: z.uuid(),
  item: z.number().int(),
  title: z.string(),
  kind: z.enum(reminderKinds),
  /** The day the reminder is about: the due day, or the day the posting reaches its 30th day. */
  on: z.string(),
});
export const ReminderQuery = z.object({ unitId: z.uuid().optional(), on: isoDate.optional() });
