import { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal, requireSession } from '../../platform/http/request-context.js';
import { administrativeLevelOf, selectSubtreeUnitIds } from '../org/index.js';
import { ratingCountsByOfficer, ratingCountsByProcedure, sumRatingCounts } from './ratings-statistics.js';
import { RatingPermission } from './ratings.policy.js';
import {
  Feedback,
  FeedbackAnswerRequest,
  FeedbackListQuery,
  Kiosk,
  KioskListQuery,
  PairedKiosk,
  PairKioskRequest,
  PeriodQuery,
  Rating,
  RatingListQuery,
  RatingsSummary,
  Scores,
} from '../../contracts/ratings.js';
import { feedbackView, selectFeedback, selectKiosks, selectRatings } from './ratings.repository.js';
import { registerKioskPages } from './kiosk.pages.js';
import { registerOnlineRatingPages } from './online-rating.pages.js';
import { answerFeedback } from './use-cases/answer-feedback.js';
import { computeScores } from './use-cases/compute-scores.js';
import { pairKiosk, revokeKiosk } from './use-cases/pair-kiosk.js';

const tags = ['ratings'];
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

export function registerRatingRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  registerKioskPages(app, deps);
  registerOnlineRatingPages(app, deps);
  const requireReach = async (principal: Principal, permission: string, unitId: string) => {
    await access.require(principal, permission, unitId);
  };
  const periodOf = async (principal: Principal, query: PeriodQuery) => {
    await requireReach(principal, RatingPermission['ratings.read'], query.unitId);
    return { unitIds: await selectSubtreeUnitIds(db, query.unitId), from: query.from, to: query.to };
  };

  app.post('/api/v1/ratings/kiosks', {
    schema: {
      tags,
      summary: 'Pair a counter tablet with me: returns the kiosk address (shown once)',
      body: PairKioskRequest,
      response: { 201: PairedKiosk },
    },
    handler: async (request, reply) => {
      const { kiosk, path } = await pairKiosk(deps, requireSession(request), commandContext(request), request.body);
      return reply.status(201).send({
        id: kiosk.id,
        unitId: kiosk.unitId,
        officerName: kiosk.officerName,
        label: kiosk.label,
        createdAt: iso(kiosk.createdAt)!,
        path,
      });
    },
  });

  app.get('/api/v1/ratings/kiosks', {
    schema: {
      tags,
      summary: 'The kiosks paired at a unit',
      querystring: KioskListQuery,
      response: { 200: z.object({ items: z.array(Kiosk) }) },
    },
    handler: async (request) => {
      await requireReach(requirePrincipal(request), RatingPermission['ratings.kiosk'], request.query.unitId);
      return { items: await selectKiosks(db, request.query.unitId) };
    },
  });

  app.delete('/api/v1/ratings/kiosks/:id', {
    schema: { tags, summary: 'Revoke a kiosk', params: z.object({ id: z.uuid() }) },
    handler: async (request, reply) => {
      await revokeKiosk(deps, requirePrincipal(request), commandContext(request), request.params.id);
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/ratings', {
    schema: {
      tags,
      summary: 'Ratings received at a unit (and its subtree) in a period, newest first',
      querystring: RatingListQuery,
      response: { 200: Page(Rating) },
    },
    handler: async (request) => {
      const period = await periodOf(requirePrincipal(request), request.query);
      return selectRatings(db, { ...request.query, unitIds: period.unitIds });
    },
  });

  app.get('/api/v1/ratings/summary', {
    schema: {
      tags,
      summary: 'Ratings by level for a unit and period, per officer and per procedure',
      querystring: PeriodQuery,
      response: { 200: RatingsSummary },
    },
    handler: async (request) => {
      const period = await periodOf(requirePrincipal(request), request.query);
      const [counts, officers, procedures] = await Promise.all([
        sumRatingCounts(db, period),
        ratingCountsByOfficer(db, period),
        ratingCountsByProcedure(db, period),
      ]);
      return { counts, officers, procedures };
    },
  });

  app.get('/api/v1/ratings/scores', {
    schema: {
      tags,
      summary: 'The evaluation of a unit and its officers (TT 01/2018: nine indicators at 0/1/2 points)',
      querystring: PeriodQuery,
      response: { 200: Scores },
    },
    handler: async (request) => {
      const period = await periodOf(requirePrincipal(request), request.query);
      const level = await administrativeLevelOf(db, request.query.unitId);
      return { level, ...(await computeScores(db, period, level)) };
    },
  });

  app.get('/api/v1/feedback', {
    schema: {
      tags,
      summary: 'Feedback items (unsatisfied ratings with a comment) of a unit and its subtree',
      querystring: FeedbackListQuery,
      response: { 200: Page(Feedback) },
    },
    handler: async (request) => {
      await requireReach(requirePrincipal(request), RatingPermission['ratings.read'], request.query.unitId);
      return selectFeedback(db, { ...request.query, unitIds: await selectSubtreeUnitIds(db, request.query.unitId) });
    },
  });

  app.post('/api/v1/feedback/:id/answer', {
    schema: {
      tags,
      summary: "The leader's answer to a feedback item (If-Match: its version)",
      params: z.object({ id: z.uuid() }),
      body: FeedbackAnswerRequest,
      response: { 200: Feedback },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatchVersion(request);
      const item = await answerFeedback(deps, requirePrincipal(request), commandContext(request), {
        id: request.params.id,
        expectedVersion,
        answer: request.body.answer,
        subject: request.body.subject,
        finding: request.body.finding,
      });
      reply.header('etag', etag(item.version));
      return feedbackView(item);
    },
  });
}
