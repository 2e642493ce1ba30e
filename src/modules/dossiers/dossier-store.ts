import crypto from 'node:crypto';
import type { Applicant, Delivery, DocumentReceived, DossierChannel } from '../../contracts/dossiers.js';
import type { CaseStore } from '../cases/index.js';
import type { ProcedureVersion } from '../catalog/index.js';
import { dossierCase } from './dossier-states.js';
import { dossierEvents, dossiers } from './dossiers.tables.js';

/** Where the case core keeps dossiers: their rows and their history. */
export const dossierStore = { type: dossierCase, cases: dossiers, events: dossierEvents } satisfies CaseStore<
  (typeof dossierCase.statuses)[number],
  (typeof dossierCase.events)[number]
>;

/**
 * The columns a dossier starts with, whatever the channel (counter or online): the procedure
 * version it follows, the applicant, the papers, the delivery and a tracking secret. The status
 * and its national code are not here: the case core writes them from the first event.
 */
export function newDossierRow(input: {
  id?: string;
  unitId: string;
  version: ProcedureVersion;
  channel: DossierChannel;
  applicant: Applicant;
  documents: DocumentReceived[];
  setCount: number;
  delivery: Delivery;
  submittedAt: Date;
  receivedBy?: string | null;
}) {
  return {
    id: input.id ?? crypto.randomUUID(),
    trackingSecret: crypto.randomBytes(12).toString('base64url'),
    receivingUnitId: input.unitId,
    procedureCode: input.version.code,
    procedureVersion: input.version.version,
    procedureName: input.version.data.name,
    channel: input.channel,
    applicant: input.applicant,
    applicantName: input.applicant.name,
    applicantIdNumber: input.applicant.citizenId ?? input.applicant.taxCode ?? null,
    applicantPhone: input.applicant.phone,
    documents: input.documents,
    setCount: input.setCount,
    delivery: input.delivery,
    submittedAt: input.submittedAt.toISOString(),
    receivedBy: input.receivedBy ?? null,
  };
}
export type NewDossierRow = ReturnType<typeof newDossierRow>;
