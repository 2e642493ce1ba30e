/**
 * What surrounds a petition in the petitions contract: its scans, its matter across instances,
 * the protection of its denouncer, and its state with the national database.
 */
import { z } from 'zod';
import { isoDateTime } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { DuplicateCandidate, Petition, petitionKinds, petitionStatuses } from './petitions.js';

/** What a file of a petition is: a page of it, the forwarding body's letter, or evidence sent with it. */
export const petitionFileKinds = ['page', 'forward_letter', 'evidence'] as const;
export type PetitionFileKind = (typeof petitionFileKinds)[number];
/** A file of a petition; a protected petition's file names are not shown (they may name the writer). */
export const PetitionFile = z.object({
  id: z.uuid(),
  kind: z.enum(petitionFileKinds),
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
  /** Read only under an identity clearance, with the purpose logged (a protected petition's files). */
  needsClearance: z.boolean(),
});
export type PetitionFile = z.infer<typeof PetitionFile>;

/** How a petition stands in its matter: the first, a repeat, the next instance, or another petition citing the same decision. */
export const matterRoles = ['original', 'repeat', 'next_instance', 'earlier_instance', 'same_decision'] as const;
/** A matter across instances and bodies: the petitions and their settlements, in the order received (what the reader may read). */
export const Matter = z.object({
  petitionId: z.uuid(),
  steps: z.array(
    z.object({
      petitionId: z.uuid(),
      role: z.enum(matterRoles),
      year: z.number().int(),
      bookNo: z.number().int(),
      unitId: z.uuid(),
      unitName: z.string(),
      kind: z.enum(petitionKinds),
      status: z.enum(petitionStatuses),
      receivedAt: z.string(),
      decisionRef: z.string().nullable(),
      settlement: z
        .object({
          id: z.uuid(),
          kind: z.string(),
          status: z.string(),
          result: z.string().nullable(),
          decidedAt: z.string().nullable(),
          appealedTo: z.array(z.string()),
        })
        .nullable(),
    }),
  ),
});
export type Matter = z.infer<typeof Matter>;

/** Protection of a denouncer or their relatives (Law 25/2018 arts. 47–58): what is asked, decided and when it ends. */
export const protectionMeasures = ['confidentiality', 'employment', 'life_health', 'property', 'honour_dignity'] as const;
export const protectionRequesters = ['denouncer', 'relative', 'handling_officer'] as const;
export const ProtectionRequestInput = z.object({
  requestedAt: isoDateTime.optional(),
  requestedBy: z.enum(protectionRequesters),
  measures: z.array(z.enum(protectionMeasures)).min(1).max(protectionMeasures.length),
  note: z.string().trim().max(2000).optional(),
});
export const ProtectionDecision = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('grant'),
    decisionRef: z.string().trim().min(1).max(100),
    measures: z.array(z.enum(protectionMeasures)).min(1).max(protectionMeasures.length),
  }),
  z.object({ action: z.literal('refuse'), decisionRef: z.string().trim().min(1).max(100), reason: z.string().trim().min(3).max(1000) }),
  z.object({ action: z.literal('end'), reason: z.string().trim().min(3).max(1000) }),
]);
export type ProtectionDecision = z.infer<typeof ProtectionDecision>;
export const ProtectionRequest = z.object({
  id: z.uuid(),
  petitionId: z.uuid(),
  requestedAt: z.string(),
  requestedBy: z.enum(protectionRequesters),
  measuresAsked: z.array(z.enum(protectionMeasures)),
  status: z.enum(['requested', 'granted', 'refused', 'ended']),
  measuresGranted: z.array(z.enum(protectionMeasures)),
  decisionRef: z.string().nullable(),
  decidedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
});
export type ProtectionRequest = z.infer<typeof ProtectionRequest>;

/** The national-database outbox of a unit (with the units under it): records by state, and the batches exported. */
export const SyncBatch = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  createdAt: z.string(),
  createdBy: z.string(),
  count: z.number().int(),
  acknowledgedAt: z.string().nullable(),
});
export const SyncOverview = z.object({
  unitId: z.uuid(),
  /** Never exported, or changed since last exported. */
  pending: z.number().int(),
  exported: z.number().int(),
  acknowledged: z.number().int(),
  batches: z.array(SyncBatch),
});
export const SyncBatchRequest = z.object({ unitId: z.uuid() });

/** The duplicate review queue: petitions not handled yet with candidates nobody has reviewed. */
export const DuplicateQueueQuery = PageQuery.extend({ unitId: z.uuid().optional() });
export const DuplicateQueueItem = z.object({ petition: Petition, candidates: z.array(DuplicateCandidate) });
/** An officer's finding on a candidate: not the same matter (a repeat is linked through duplicate-of instead). */
export const DuplicateReview = z.object({ candidateId: z.uuid(), decision: z.literal('not_duplicate') });

/** A mixed petition split into one petition per content (each numbered in the book, on its own clock). */
export const PetitionSplit = z.object({
  parts: z
    .array(
      z.object({
        kind: z.enum(['complaint', 'denunciation', 'recommendation', 'reflection']),
        contentSummary: z.string().trim().min(1).max(4000),
      }),
    )
    .min(2)
    .max(5),
});
export type PetitionSplit = z.infer<typeof PetitionSplit>;

/** A petition's due date and how it was derived, line by line. */
export const PetitionClock = z.object({
  rule: z.string().nullable(),
  legalBasis: z.string().nullable(),
  dueAt: z.string().nullable(),
  handledAt: z.string().nullable(),
  isOverdue: z.boolean(),
  lines: z.array(z.object({ vi: z.string(), en: z.string() })),
});
