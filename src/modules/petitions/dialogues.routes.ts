import { and, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  Commitment,
  CommitmentDetail,
  CommitmentListQuery,
  CommitmentStep,
  Dialogue,
  DialogueFigures,
  DialogueFiguresQuery,
  DialogueInput,
  DialogueListQuery,
  DialogueMinutes,
  SessionConclusion,
} from '../../contracts/dialogues.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { sendFile } from '../../platform/http/send-file.js';
import { subtreeUnitIds } from '../org/index.js';
import { getCommitmentDetail, getDialogue, selectCommitments, selectDialogues } from './dialogues.repository.js';
import { commitments, dialogues } from './dialogues.tables.js';
import { PetitionPermission } from './petitions.policy.js';
import { visitLetters } from './reception-letters.js';
import { concludeSession } from './use-cases/conclude-session.js';
import { dialogueFigures } from './use-cases/dialogue-figures.js';
import { planDialogue } from './use-cases/plan-dialogue.js';
import { recordMinutes } from './use-cases/record-minutes.js';
import { renderDialogueLetter, renderVisitLetter } from './use-cases/render-reception-letter.js';
import { reportCommitment } from './use-cases/report-commitment.js';

const tags = ['dialogues'];
const IdParams = z.object({ id: z.uuid() });
const Format = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

/** Dialogues with their minutes, the commitments they and the heads' sessions made, and their figures. */
export function registerDialogueRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = PetitionPermission['reception.read'];
  const report = PetitionPermission['commitments.report'];

  app.post('/api/v1/dialogues', {
    schema: {
      tags,
      summary: 'Plan a dialogue: kind, host, time and place, the written invitation, questions collected',
      body: DialogueInput,
      response: { 201: Dialogue },
    },
    handler: async (request, reply) => {
      const dialogue = await planDialogue(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/dialogues/${dialogue.id}`).header('etag', etag(dialogue.version)).send(dialogue);
    },
  });

  app.get('/api/v1/dialogues', {
    schema: { tags, summary: 'Dialogues in reach, the latest first', querystring: DialogueListQuery, response: { 200: Page(Dialogue) } },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, dialogues.unitId),
        q.unitId ? sql`${dialogues.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.kind ? eq(dialogues.kind, q.kind) : undefined,
        q.status ? eq(dialogues.status, q.status) : undefined,
      );
      return selectDialogues(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/dialogues/figures', {
    schema: {
      tags,
      summary: 'Dialogues held in a period by kind and host body, those held while settling petitions, and the commitments made',
      querystring: DialogueFiguresQuery,
      response: { 200: DialogueFigures },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      return dialogueFigures(db, request.query);
    },
  });

  app.get('/api/v1/dialogues/:id', {
    schema: { tags, summary: 'A dialogue with its minutes', params: IdParams, response: { 200: Dialogue } },
    handler: async (request, reply) => {
      const dialogue = await getDialogue(db, request.params.id);
      await access.require(requirePrincipal(request), read, dialogue.unitId);
      return reply.header('etag', etag(dialogue.version)).send(dialogue);
    },
  });

  app.post('/api/v1/dialogues/:id/minutes', {
    schema: {
      tags,
      summary:
        'Record the minutes: held (opinions, agreed, differences, signatures; conclusions become commitments), the complainant absent, or cancelled (If-Match)',
      params: IdParams,
      body: DialogueMinutes,
      response: { 200: Dialogue },
    },
    handler: async (request, reply) => {
      const dialogue = await recordMinutes(deps, requirePrincipal(request), commandContext(request), {
        dialogueId: request.params.id,
        version: requireIfMatchVersion(request),
        minutes: request.body,
      });
      return reply.header('etag', etag(dialogue.version)).send(dialogue);
    },
  });

  app.get('/api/v1/dialogues/:id/letters/:letter', {
    schema: {
      tags,
      summary: 'A dialogue’s written invitation or its minutes, PDF or DOCX',
      params: z.object({ id: z.uuid(), letter: z.enum(['invitation', 'minutes']) }),
      querystring: Format,
    },
    config: { idempotency: false },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await renderDialogueLetter(deps, requirePrincipal(request), {
          dialogueId: request.params.id,
          letter: request.params.letter,
          format: request.query.format,
        }),
      ),
  });

  app.get('/api/v1/reception/visits/:id/letters/:letter', {
    schema: {
      tags: ['reception'],
      summary: 'A log entry’s notice refusing reception (Mẫu 01/TCD) or the receipt of the documents handed over (Mẫu 02/TCD), PDF or DOCX',
      params: z.object({ id: z.uuid(), letter: z.enum(visitLetters) }),
      querystring: Format,
    },
    config: { idempotency: false },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await renderVisitLetter(deps, requirePrincipal(request), {
          visitId: request.params.id,
          letter: request.params.letter,
          format: request.query.format,
        }),
      ),
  });

  app.post('/api/v1/reception/sessions/:id/conclusions', {
    schema: {
      tags: ['reception'],
      summary: 'The head’s conclusions after a session held, each made a commitment with its owner and due date',
      params: IdParams,
      body: z.object({ conclusions: z.array(SessionConclusion).min(1).max(50) }),
      response: { 201: z.array(Commitment) },
    },
    handler: async (request, reply) => {
      const made = await concludeSession(deps, requirePrincipal(request), commandContext(request), {
        sessionId: request.params.id,
        conclusions: request.body.conclusions,
      });
      return reply.status(201).send(made);
    },
  });

  app.get('/api/v1/commitments', {
    schema: {
      tags,
      summary: 'Commitments made by or owned by units in reach, due first (filter by unit, status, overdue)',
      querystring: CommitmentListQuery,
      response: { 200: Page(Commitment) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      const held = await access.permissionsOf(principal);
      if (!held.includes(report)) await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        or(
          access.unitScope(principal, read, commitments.unitId),
          access.unitScope(principal, read, commitments.ownerUnitId),
          access.unitScope(principal, report, commitments.ownerUnitId),
        ),
        q.unitId
          ? or(
              sql`${commitments.unitId} in (${subtreeUnitIds(q.unitId)})`,
              sql`${commitments.ownerUnitId} in (${subtreeUnitIds(q.unitId)})`,
            )
          : undefined,
        q.status ? eq(commitments.status, q.status) : undefined,
      );
      return selectCommitments(
        db,
        where,
        { page: q.page, pageSize: q.pageSize },
        { overdue: q.overdue === undefined ? undefined : q.overdue === 'true' },
      );
    },
  });

  app.get('/api/v1/commitments/:id', {
    schema: {
      tags,
      summary: 'A commitment with its evidence, its history and the citizens’ answers (counts only)',
      params: IdParams,
      response: { 200: CommitmentDetail },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const commitment = await getCommitmentDetail(db, request.params.id);
      // Read by those who read the unit that made it or the owner, and by the owner's officers who report on it.
      const readers = [
        [read, commitment.ownerUnitId],
        [read, commitment.unitId],
        [report, commitment.ownerUnitId],
      ] as const;
      let allowed = false;
      for (const [permission, unitId] of readers) allowed ||= await access.can(principal, permission, unitId);
      if (!allowed) await access.require(principal, read, commitment.unitId);
      return reply.header('etag', etag(commitment.version)).send(commitment);
    },
  });

  app.post('/api/v1/commitments/:id/steps', {
    schema: {
      tags,
      summary: 'Report on a commitment: progress or done with evidence (the citizens concerned are then asked), or cancelled (If-Match)',
      params: IdParams,
      body: CommitmentStep,
      response: { 200: Commitment },
    },
    handler: async (request, reply) => {
      const commitment = await reportCommitment(deps, requirePrincipal(request), commandContext(request), {
        commitmentId: request.params.id,
        version: requireIfMatchVersion(request),
        step: request.body,
      });
      return reply.header('etag', etag(commitment.version)).send(commitment);
    },
  });
}
