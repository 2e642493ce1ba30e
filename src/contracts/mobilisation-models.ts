/**
 * "Dân vận khéo" models and exemplars (registered, launched, evaluated, recognised level by level,
 * replicated, discontinued) and the contests with their entries.
 */
import { z } from 'zod';
import { isoDate } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { bilingual } from '../platform/i18n/locale.js';

const line = (max: number) => z.string().trim().min(1).max(max);

/** "Dân vận khéo": a model (mô hình) or an exemplar (điển hình), registered and followed to recognition or replication. */
export const modelCategories = ['model', 'exemplar'] as const;
export const recognitionLevels = ['grassroots', 'district', 'province'] as const;
export type RecognitionLevel = (typeof recognitionLevels)[number];
export const modelStatuses = ['registered', 'launched', 'recognised', 'discontinued'] as const;
export const modelEventTypes = ['registered', 'launched', 'monitored', 'evaluated', 'recognised', 'replicated', 'discontinued'] as const;

export const ModelInput = z.object({
  unitId: z.uuid(),
  name: line(300),
  category: z.enum(modelCategories).default('model'),
  ownerOrganisation: line(300),
  field: line(200),
  registeredOn: isoDate,
  objectives: line(4000).optional(),
  /** The model this one replicates (nhân rộng). */
  replicatesId: z.uuid().optional(),
});
export const ModelStep = z.discriminatedUnion('step', [
  z.object({ step: z.literal('launch'), on: isoDate }),
  z.object({ step: z.literal('monitor'), on: isoDate, note: line(2000) }),
  z.object({ step: z.literal('evaluate'), on: isoDate, evidence: line(2000), result: line(1000) }),
  /** Recognition by a level (the district level only before 1/7/2025), with its decision. */
  z.object({ step: z.literal('recognise'), on: isoDate, level: z.enum(recognitionLevels), decisionRef: line(100) }),
  z.object({ step: z.literal('discontinue'), on: isoDate, reason: line(1000) }),
]);
export const Model = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  name: z.string(),
  category: z.enum(modelCategories),
  ownerOrganisation: z.string(),
  field: z.string(),
  registeredOn: z.string(),
  objectives: z.string().nullable(),
  replicatesId: z.uuid().nullable(),
  status: z.enum(modelStatuses),
  recognitions: z.array(z.object({ level: z.enum(recognitionLevels), decisionRef: z.string(), on: z.string() })),
  /** The highest level that recognised it. */
  level: z.enum(recognitionLevels).nullable(),
  replications: z.number().int(),
  version: z.number().int(),
});
export const ModelListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  level: z.enum(recognitionLevels).optional(),
  q: z.string().trim().max(200).optional(),
});
export const ModelFigures = z.object({
  unitId: z.uuid(),
  from: z.string(),
  to: z.string(),
  registered: z.number().int(),
  /** Models recognised in the period, each at the highest level it reached by the period's end. */
  byLevel: z.object({ grassroots: z.number().int(), district: z.number().int(), province: z.number().int() }),
  replicated: z.number().int(),
  contests: z.number().int(),
  entries: z.number().int(),
});

export const ContestInput = z
  .object({ unitId: z.uuid(), title: line(300), organiser: line(300), rules: line(4000).optional(), opensOn: isoDate, closesOn: isoDate })
  .refine((value) => value.opensOn <= value.closesOn, {
    path: ['closesOn'],
    message: bilingual({ vi: 'Không trước ngày bắt đầu.', en: 'Not before the opening.' }),
  });
export const ContestEntryInput = z.object({
  title: line(300),
  author: line(300),
  submittedOn: isoDate,
  score: z.number().int().min(0).max(100).optional(),
  prize: line(100).optional(),
});
export const Contest = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  title: z.string(),
  organiser: z.string(),
  rules: z.string().nullable(),
  opensOn: z.string(),
  closesOn: z.string(),
  entries: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      author: z.string(),
      submittedOn: z.string(),
      score: z.number().nullable(),
      prize: z.string().nullable(),
    }),
  ),
});
