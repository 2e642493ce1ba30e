import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  PetitionFigures,
  PetitionFiguresQuery,
  DuplicateCandidate,
  DuplicateCandidatesQuery,
  DuplicateLink,
  PetitionHandling,
  ClassificationFacts,
  ClassificationSuggestions,
  PetitionClassification,
  Clearance,
  ClearanceInput,
  IdentityAccess,
  IdentityRead,
  IdentityReadRequest,
  Petition,
  PetitionIntake,
  PetitionListQuery,
} from '../../contracts/petitions.js';
import { PetitionClock } from '../../contracts/petition-records.js';
import { matchesText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { calendarFor } from '../calendar/index.js';
import { dueBucketWhere } from './due-buckets.js';
import { explainClock } from './use-cases/explain-clock.js';
import { suggestClassification } from './eligibility-rules.js';
import { petitionFigures } from './petition-figures.js';
import { classifyPetition } from './use-cases/classify-petition.js';
import { findDuplicateCandidates } from './use-cases/find-duplicates.js';
import { handlePetition } from './use-cases/handle-petition.js';
import { linkDuplicate } from './use-cases/link-duplicate.js';
import { subtreeUnitIds } from '../org/index.js';
import { PetitionPermission } from './petitions.policy.js';
import { getPetition, selectPetitions } from './petitions.repository.js';
import { petitions } from './petitions.tables.js';
import { grantClearance, listClearances, listIdentityReads, revokeClearance } from './use-cases/manage-clearances.js';
import { readIdentity } from './use-cases/read-identity.js';
import { receivePetition } from './use-cases/receive-petition.js';

const tags = ['petitions'];
const IdParams = z.object({ id: z.uuid() });

/** The petition book, its readers' projection, and the protected identity behind its clearance. */
export function registerPetitionRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;

  app.post('/api/v1/petitions', {
    schema: {
      tags,
      summary: 'Record a petition in the unit’s petition book (any channel)',
      body: PetitionIntake,
      response: { 201: Petition },
    },
    handler: async (request, reply) => {
      const petition = await receivePetition(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/petitions/${petition.id}`).header('etag', etag(petition.version)).send(petition);
    },
  });

  app.get('/api/v1/petitions', {
    schema: {
      tags,
      summary: 'List petitions in reach (filter by unit subtree, year, kind; search the content without diacritics)',
      querystring: PetitionListQuery,
      response: { 200: Page(Petition) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, PetitionPermission['petitions.read']);
      const q = request.query;
      const where = and(
        q.due ? await dueBucketWhere(db, petitions.dueAt, isNull(petitions.handledAt), q.due) : undefined,
        access.unitScope(principal, PetitionPermission['petitions.read'], petitions.unitId),
        q.unitId ? sql`${petitions.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.year ? eq(petitions.year, q.year) : undefined,
        q.kind ? eq(petitions.kind, q.kind) : undefined,
        matchesText(petitions.contentSummary, q.q),
      );
      return selectPetitions(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/petitions/figures', {
    schema: {
      tags,
      summary: 'A unit’s petition figures for a period (with the units under it), as of the period’s end',
      querystring: PetitionFiguresQuery,
      response: { 200: PetitionFigures },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), PetitionPermission['petitions.read'], request.query.unitId);
      return petitionFigures(db, request.query);
    },
  });

  app.get('/api/v1/petitions/:id', {
    schema: {
      tags,
      summary: 'A petition as its readers see it (a denunciation without its petitioner)',
      params: IdParams,
      response: { 200: Petition },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const petition = await getPetition(db, request.params.id);
      await access.require(principal, PetitionPermission['petitions.read'], petition.unitId);
      return reply.header('etag', etag(petition.version)).send(petition);
    },
  });

  app.get('/api/v1/petitions/:id/clock', {
    schema: {
      tags,
      summary: 'When the petition’s step in hand is due, and how that date was derived (rule, basis, days skipped)',
      params: IdParams,
      response: { 200: PetitionClock },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      const petition = await getPetition(db, request.params.id);
      await access.require(principal, PetitionPermission['petitions.read'], petition.unitId);
      return explainClock(db, petition.id);
    },
  });

  app.post('/api/v1/petitions/:id/classification-suggestions', {
    schema: {
      tags,
      summary: 'What the rules say of a petition (reasons not to handle it, notes), each with its legal basis; changes nothing',
      params: IdParams,
      body: ClassificationFacts,
      response: { 200: ClassificationSuggestions },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      const petition = await getPetition(db, request.params.id);
      await access.require(principal, PetitionPermission['petitions.read'], petition.unitId);
      return suggestClassification(await calendarFor(db, petition.unitId), petition, request.body);
    },
  });

  app.post('/api/v1/petitions/:id/classification', {
    schema: {
      tags,
      summary: 'Classify a petition on the legal axes (If-Match: its version)',
      params: IdParams,
      body: PetitionClassification,
      response: { 200: Petition },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const expectedVersion = requireIfMatchVersion(request);
      const petition = await classifyPetition(deps, principal, commandContext(request), {
        petitionId: request.params.id,
        expectedVersion,
        classification: request.body,
      });
      return reply.header('etag', etag(petition.version)).send(petition);
    },
  });

  app.post('/api/v1/petitions/:id/handling', {
    schema: {
      tags,
      summary: 'Handle a classified petition: accept, guide once, transfer once, return to the forwarder, or file (If-Match)',
      params: IdParams,
      body: PetitionHandling,
      response: { 200: Petition },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatchVersion(request);
      const petition = await handlePetition(deps, requirePrincipal(request), commandContext(request), {
        petitionId: request.params.id,
        expectedVersion,
        handling: request.body,
      });
      return reply.header('etag', etag(petition.version)).send(petition);
    },
  });

  app.get('/api/v1/petitions/:id/duplicate-candidates', {
    schema: {
      tags,
      summary: 'Petitions that may be the same matter (ID number, name and place through the 2025 mergers, content), for review',
      params: IdParams,
      querystring: DuplicateCandidatesQuery,
      response: { 200: z.object({ items: z.array(DuplicateCandidate) }) },
    },
    handler: async (request) => ({
      items: await findDuplicateCandidates(deps, requirePrincipal(request), {
        petitionId: request.params.id,
        windowDays: request.query.windowDays,
      }),
    }),
  });

  app.post('/api/v1/petitions/:id/duplicate-of', {
    schema: {
      tags,
      summary: 'Link a petition as a repeat of an earlier one on the same matter (If-Match)',
      params: IdParams,
      body: DuplicateLink,
      response: { 200: Petition },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatchVersion(request);
      const petition = await linkDuplicate(deps, requirePrincipal(request), commandContext(request), {
        petitionId: request.params.id,
        expectedVersion,
        originalId: request.body.originalId,
      });
      return reply.header('etag', etag(petition.version)).send(petition);
    },
  });

  app.post('/api/v1/petitions/:id/identity-reads', {
    // The identity is never kept in the idempotency store, and every read passes the clearance and is logged.
    config: { idempotency: false },
    schema: {
      tags,
      summary: 'Read the petitioner’s identity under an identity clearance; the read is logged with its purpose',
      params: IdParams,
      body: IdentityReadRequest,
      response: { 200: IdentityRead },
    },
    handler: async (request) =>
      readIdentity(deps, requirePrincipal(request), commandContext(request), {
        petitionId: request.params.id,
        purpose: request.body.purpose,
      }),
  });

  app.get('/api/v1/petitions/:id/identity-reads', {
    schema: {
      tags,
      summary: 'Who read the petitioner’s identity, when and why',
      params: IdParams,
      response: { 200: z.object({ items: z.array(IdentityAccess) }) },
    },
    handler: async (request) => ({ items: await listIdentityReads(deps, requirePrincipal(request), request.params.id) }),
  });

  app.get('/api/v1/identity-clearances', {
    schema: { tags, summary: 'Identity clearances at the units in reach', response: { 200: z.object({ items: z.array(Clearance) }) } },
    handler: async (request) => ({ items: await listClearances(deps, requirePrincipal(request)) }),
  });

  app.post('/api/v1/identity-clearances', {
    schema: { tags, summary: 'Grant an officer the identity clearance at a unit', body: ClearanceInput, response: { 201: Clearance } },
    handler: async (request, reply) => {
      const clearance = await grantClearance(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/identity-clearances/${clearance.id}`).send(clearance);
    },
  });

  app.post('/api/v1/identity-clearances/:id/revoke', {
    schema: { tags, summary: 'Revoke an identity clearance', params: IdParams, response: { 200: Clearance } },
    handler: async (request) => revokeClearance(deps, requirePrincipal(request), commandContext(request), request.params.id),
  });
}
