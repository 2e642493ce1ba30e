/**
 * What residents are consulted on before the commune decides (Law 10/2022 art. 25) and the answer
 * they get, the villages' year-end conferences (art. 33), and the findings of the People's
 * Inspection Board and the Community Investment Supervision Board with their follow-up.
 */
import { z } from 'zod';
import { isoDate } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { bilingual } from '../platform/i18n/locale.js';
import { disclosureChannels } from './disclosures.js';

const line = (max: number) => z.string().trim().min(1).max(max);
const endNotBefore = (key: string, start: string) => ({
  path: [key],
  message: bilingual({ vi: `Không được trước ${start}.`, en: `Must not be before ${start}.` }),
});

/** What art. 25 puts to residents for their opinion. */
export const consultationSubjects = [
  'socio_economic_plan',
  'land_use_plan',
  'projects_land_compensation',
  'boundary_or_merger',
  'administrative_decisions',
  'construction_plans',
  'democracy_regulation',
  'citizen_obligations',
  'other',
] as const;

export const ConsultationInput = z
  .object({
    unitId: z.uuid(),
    subject: z.enum(consultationSubjects),
    title: line(500),
    openedOn: isoDate,
    closesOn: isoDate,
    channels: z.array(z.enum(disclosureChannels)).min(1).max(10),
  })
  .refine((value) => value.closesOn >= value.openedOn, endNotBefore('closesOn', 'openedOn'));
export const ConsultationAnswer = z.object({
  feedbackCount: z.number().int().min(0).max(1_000_000),
  feedbackSummary: line(4000),
  answer: line(4000),
  answeredOn: isoDate,
});
export const Consultation = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  subject: z.enum(consultationSubjects),
  title: z.string(),
  openedOn: z.string(),
  closesOn: z.string(),
  channels: z.array(z.enum(disclosureChannels)),
  feedbackCount: z.number().int().nullable(),
  feedbackSummary: z.string().nullable(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  status: z.enum(['open', 'awaiting_answer', 'answered']),
  version: z.number().int(),
});

export const ConferenceInput = z.object({
  /** The village holding its year-end conference. */
  unitId: z.uuid(),
  heldOn: isoDate,
  attendees: z.number().int().min(1).max(100_000),
  minutesRef: line(100).optional(),
});
export const Conference = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  year: z.number().int(),
  heldOn: z.string(),
  attendees: z.number().int(),
  minutesRef: z.string().nullable(),
});
export const ConferenceQuery = z.object({ unitId: z.uuid(), year: z.coerce.number().int().min(1990).max(2100) });
/** A commune's villages and whether each held its year-end conference in the year (art. 33: once a year). */
export const ConferenceYear = z.object({
  unitId: z.uuid(),
  year: z.number().int(),
  villages: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), conference: Conference.nullable() })),
  held: z.number().int(),
  missing: z.number().int(),
});

/** The boards of community supervision; kept a list because Law 97/2025 reorganised the Front (🟡). */
export const supervisionBoards = ['people_inspection', 'investment_supervision'] as const;
export const FindingInput = z.object({
  unitId: z.uuid(),
  board: z.enum(supervisionBoards),
  subject: line(500),
  finding: line(4000),
  recommendation: line(4000),
  /** The body the recommendation goes to. */
  addressedTo: line(300),
  foundOn: isoDate,
});
export const FindingStep = z.discriminatedUnion('step', [
  z.object({ step: z.literal('respond'), on: isoDate, response: line(4000) }),
  z.object({ step: z.literal('close'), on: isoDate, note: line(2000) }),
]);
export const Finding = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  board: z.enum(supervisionBoards),
  subject: z.string(),
  finding: z.string(),
  recommendation: z.string(),
  addressedTo: z.string(),
  foundOn: z.string(),
  response: z.string().nullable(),
  respondedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  closingNote: z.string().nullable(),
  status: z.enum(['open', 'answered', 'closed']),
  version: z.number().int(),
});
export const SupervisionListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  board: z.enum(supervisionBoards).optional(),
  status: z.enum(['open', 'answered', 'closed']).optional(),
  q: z.string().trim().max(200).optional(),
});
export const ConsultationListQuery = PageQuery.extend({ unitId: z.uuid().optional(), q: z.string().trim().max(200).optional() });
