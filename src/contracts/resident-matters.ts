/**
 * Matters residents decide (Law 10/2022 arts. 15–21): who proposed them (a citizen initiative with
 * 10% of the households' consent, valid 3 months), the form, each village's vote judged on all its
 * households (meetings by cluster in villages of 200 households or more, the ballot to each
 * household that follows a meeting short of the threshold), the decision document sent within 5
 * working days, and the commune's recognition of items 3–5 within 5 working days of receipt.
 */
import { z } from 'zod';
import { isoDate, isoDateTime } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { bilingual } from '../platform/i18n/locale.js';
import { ResidentVote, voteForms } from './community.js';

const line = (max: number) => z.string().trim().min(1).max(max);
const count = z.number().int().min(0).max(100_000);

/** The six matters residents decide (Law 10/2022 art. 15), in a line each. */
export const matterItemTitles: Record<number, string> = {
  1: 'Chủ trương, mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng',
  2: 'Thu, chi, quản lý các khoản đóng góp, kinh phí, tài sản của cộng đồng dân cư',
  3: 'Hương ước, quy ước của cộng đồng dân cư',
  4: 'Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố',
  5: 'Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng',
  6: 'Công việc tự quản khác của cộng đồng dân cư',
};

export const matterProposers = ['chairman', 'village_head', 'citizen_initiative'] as const;
export const matterStatuses = ['collecting', 'open', 'ballot_required', 'passed', 'not_passed'] as const;

export const MatterInput = z
  .object({
    /** A village (its households decide), or the commune for a commune-wide item 1–2 decided village by village. */
    unitId: z.uuid(),
    item: z.number().int().min(1).max(6),
    title: line(500),
    proposer: z.enum(matterProposers),
    proposedOn: isoDate,
    form: z.enum(voteForms),
  })
  .superRefine((value, context) => {
    const issue = (path: string, vi: string, en: string) =>
      context.addIssue({ code: 'custom', path: [path], message: bilingual({ vi, en }) });
    if (value.form === 'online' && value.item !== 6)
      issue('form', 'Chỉ biểu quyết trực tuyến nội dung thứ 6 (Điều 17).', 'Only item 6 may be decided online (art. 17).');
    if (value.form !== 'meeting' && value.item >= 3 && value.item <= 5)
      issue('form', 'Nội dung 3–5 quyết định tại cuộc họp (Điều 17).', 'Items 3–5 are decided at a meeting (art. 17).');
  });

export const ConsentsInput = z.object({
  /** Each household by its number in the village's household register (no names). */
  consents: z
    .array(z.object({ householdCode: line(50), consentedOn: isoDate }))
    .min(1)
    .max(2000),
});

export const Cluster = z.object({ name: line(100), present: count, yes: count, no: count });
export const Ballot = z.object({
  /** The ballot team of 3 to 5 (art. 19(2)). */
  teamSize: z.number().int().min(3).max(5),
  /** Announced at least 2 days before (art. 19(2)). */
  announcedOn: isoDate,
  issued: count,
  returned: count,
});

export const MatterVoteInput = z
  .object({
    /** The village voting; for a village matter, the matter's village. */
    villageUnitId: z.uuid().optional(),
    form: z.enum(voteForms),
    /** The meeting, or the end of the ballot. */
    heldAt: isoDateTime,
    /** Household representatives present (a meeting) or ballots returned (a ballot); summed from the clusters when given. */
    present: count.optional(),
    yes: count.optional(),
    no: count.optional(),
    clusters: z.array(Cluster).min(2).max(30).optional(),
    ballot: Ballot.optional(),
  })
  .superRefine((value, context) => {
    const issue = (path: (string | number)[], vi: string, en: string) =>
      context.addIssue({ code: 'custom', path, message: bilingual({ vi, en }) });
    if (value.clusters) {
      if (value.form !== 'meeting') issue(['clusters'], 'Chỉ cuộc họp mới chia cụm.', 'Only a meeting is held by clusters.');
      value.clusters.forEach((cluster, index) => {
        if (cluster.yes + cluster.no > cluster.present)
          issue(['clusters', index, 'yes'], 'Vượt số có mặt của cụm.', 'More than those present in the cluster.');
      });
    } else {
      for (const field of ['present', 'yes', 'no'] as const)
        if (value[field] === undefined) issue([field], 'Bắt buộc khi không họp theo cụm.', 'Required without clusters.');
      if ((value.yes ?? 0) + (value.no ?? 0) > (value.present ?? 0))
        issue(['yes'], 'Số đồng ý và không đồng ý vượt số có mặt.', 'Yes and no exceed those present.');
    }
    if (value.form === 'household_ballot') {
      if (!value.ballot) issue(['ballot'], 'Cần tổ phát phiếu và số phiếu.', 'The ballot team and counts are needed.');
      else {
        if (value.ballot.returned > value.ballot.issued)
          issue(['ballot', 'returned'], 'Nhiều hơn số phiếu phát ra.', 'More than the ballots issued.');
        if (value.present !== undefined && value.present !== value.ballot.returned)
          issue(['present'], 'Bằng số phiếu thu về.', 'Equals the ballots returned.');
      }
    } else if (value.ballot) issue(['ballot'], 'Chỉ dùng khi phát phiếu đến hộ.', 'Only for a household ballot.');
  });

export const DecisionDocumentInput = z.object({
  decisionRef: line(100),
  sentOn: isoDate,
  /** Signed by the village head, the village Front committee head and two household representatives (art. 20(2)). */
  signatories: z.object({
    villageHead: line(200),
    frontHead: line(200),
    householdRepresentatives: z.array(line(200)).length(2),
  }),
});

export const RecognitionInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('recognised'), on: isoDate, ref: line(100) }),
  z.object({ decision: z.literal('refused'), on: isoDate, ref: line(100).optional(), reason: line(2000) }),
]);

export const MatterVote = ResidentVote.extend({
  matterId: z.uuid().nullable(),
  unitName: z.string(),
  clusters: z.array(Cluster).nullable(),
  ballot: Ballot.nullable(),
  sendDueOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  sentOn: z.string().nullable(),
  sentLate: z.boolean().nullable(),
  recognitionDueOn: z.string().nullable(),
  recognition: z.enum(['recognised', 'refused']).nullable(),
  recognitionRef: z.string().nullable(),
  recognisedOn: z.string().nullable(),
  refusalReason: z.string().nullable(),
  recognitionLate: z.boolean().nullable(),
  version: z.number().int(),
});
export type MatterVote = z.infer<typeof MatterVote>;

export const Matter = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  scope: z.enum(['village', 'commune']),
  item: z.number().int(),
  title: z.string(),
  proposer: z.enum(matterProposers),
  proposedOn: z.string(),
  form: z.enum(voteForms),
  status: z.enum(matterStatuses),
  /** A citizen initiative's consents on `asOf`: 10% of the households, each consent valid 3 months. */
  initiative: z
    .object({
      asOf: z.string(),
      households: z.number().int().nullable(),
      needed: z.number().int().nullable(),
      valid: z.number().int(),
      expired: z.number().int(),
      ready: z.boolean(),
      /** The first day the valid consents fall below the 10% if nothing is added. */
      fallsShortOn: z.string().nullable(),
    })
    .nullable(),
  /** A commune-wide matter: villages that passed it of those of the commune; two thirds are needed. */
  villages: z.object({ total: z.number().int(), passed: z.number().int(), needed: z.number().int() }).nullable(),
  votes: z.array(MatterVote),
  basis: z.string(),
  version: z.number().int(),
});
export type Matter = z.infer<typeof Matter>;
export const MatterListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  item: z.coerce.number().int().min(1).max(6).optional(),
  q: z.string().trim().max(200).optional(),
});
