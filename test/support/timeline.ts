import crypto from 'node:crypto';
import type { CounterIntakeRequest } from '../../src/contracts/dossiers.js';
import { actOnDossier, receiveAtCounter, type Applicant } from '../../src/modules/dossiers/index.js';
import type { DossierAction } from '../../src/modules/dossiers/use-cases/act-on-dossier.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import type { CommandContext } from '../../src/platform/audit/audit.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import type { Db } from '../../src/platform/db/types.js';
import { vietnamInstant } from '../../src/platform/time/vietnam-time.js';

/** A staff member acting through the use cases, as the officer app does after sign-in. */
export type Acting = { id: string; principal: Principal; context: CommandContext };

export function acting(person: { id: string; username: string }): Acting {
  return {
    id: person.id,
    principal: {
      kind: 'session',
      accountId: person.id,
      username: person.username,
      sessionId: crypto.randomUUID(),
      csrfToken: '',
      mustChangePassword: false,
    },
    context: { actor: { id: person.id, name: person.username } },
  };
}

/** Vietnam's wall clock: `when('2026-03-02 09:00')`. */
export const when = (text: string) => new Date(vietnamInstant(text.slice(0, 10), text.slice(11)));

export type TimedDossier = { id: string; code: string; version: number };

/**
 * Dossiers received and acted on at chosen instants, through the dossiers module's use cases (as
 * the demo does): the records, events, clock and tasks are what the officers' requests leave.
 */
export function timeline(db: Db, options: { unitId: string; procedureCode: string; applicant: Applicant }) {
  const deps = { db, access: createAccessPolicy(db) };
  return {
    async receive(by: Acting, at: string, procedureCode = options.procedureCode): Promise<TimedDossier> {
      const input: CounterIntakeRequest = {
        receivingUnitId: options.unitId,
        procedureCode,
        applicant: options.applicant,
        documents: [
          { index: 1, count: 1 },
          { index: 2, count: 1 },
        ],
        setCount: 1,
        delivery: 'counter',
      };
      const intake = await receiveAtCounter(deps, by.principal, by.context, input, when(at));
      if (intake.outcome !== 'received') throw new Error(`not received: ${intake.outcome}`);
      return { id: intake.dossierId, code: intake.code!, version: 1 };
    },
    async act(dossier: TimedDossier, by: Acting, command: DossierAction, at: string): Promise<void> {
      const row = await actOnDossier(
        deps,
        by.principal,
        by.context,
        { dossierId: dossier.id, expectedVersion: dossier.version, command },
        when(at),
      );
      dossier.version = row.version;
    },
  };
}
