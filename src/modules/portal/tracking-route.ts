import crypto from 'node:crypto';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { isSameSecret } from '../../platform/auth/secrets.js';
import { renderPage } from '../../platform/html/layout.js';
import type { Html } from '../../platform/html/html.js';
import { prepareTrackingLookups, type TrackingView } from '../dossiers/index.js';
import { rateableKind, ratedTransactionsOf } from '../ratings/index.js';
import { trackingForm, trackingResult } from './pages/tracking.js';

/**
 * Public tracking, `GET /tra-cuu`: a dossier by its code and the last four digits of the
 * applicant's phone, or by the secret of the receipt's QR code. One prepared statement reads the
 * dossier, its events and what is rated already — on the read replica when there is one. The answer carries an ETag of its bytes, so a
 * citizen who reloads the page gets 304 Not Modified until something happens to the dossier; it
 * is never stored by a shared cache (`private`) and always revalidated (`no-cache`).
 */
export function registerTrackingRoute(app: App, deps: AppDeps): void {
  const { config, db, readDb } = deps;
  const primary = prepareTrackingLookups(db, ratedTransactionsOf);
  // On a read replica (DATABASE_READ_URL) a dossier received a moment ago may not be there yet: a miss asks the primary.
  const replica = readDb === db ? undefined : prepareTrackingLookups(readDb, ratedTransactionsOf);
  const lookups = {
    byCode: async (code: string) => (await replica?.byCode(code)) ?? primary.byCode(code),
    bySecret: async (secret: string) => (await replica?.bySecret(secret)) ?? primary.bySecret(secret),
  };

  app.get('/tra-cuu', {
    schema: {
      tags: ['portal'],
      summary: 'Portal: public tracking of a dossier (HTML; ETag, 304 when unchanged)',
      querystring: z.object({ ma: z.string().max(60).optional(), sdt: z.string().max(10).optional(), k: z.string().max(60).optional() }),
    },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const { ma, sdt, k } = request.query;
      const send = (status: number, body: Html) => {
        const page = renderPage({ title: 'Tra cứu hồ sơ', deploymentName: config.deploymentName, body });
        const etag = `"${crypto.createHash('sha1').update(page).digest('base64url')}"`;
        reply.header('cache-control', 'private, no-cache').header('etag', etag);
        if (status === 200 && matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send();
        return reply.status(status).type('text/html; charset=utf-8').send(page);
      };
      // The rating link only while something is left to rate (ratings' rule).
      const show = (dossier: TrackingView & { extra: string[] }, ratePath: string) => {
        const received = dossier.events.some((event) => event.type === 'received');
        const returned = dossier.events.some((event) => event.type === 'returned');
        const kind = rateableKind({ status: dossier.status, received, returned }, dossier.extra);
        return send(200, trackingResult({ ...dossier, ratePath: kind ? ratePath : undefined }));
      };
      if (!ma && k) {
        const submitted = await lookups.bySecret(k);
        return submitted
          ? show(submitted, `/danh-gia?k=${encodeURIComponent(k)}`)
          : send(404, trackingForm({ message: 'Đường dẫn tra cứu không đúng.' }));
      }
      if (!ma) return send(200, trackingForm({}));
      const code = ma.trim();
      const dossier = await lookups.byCode(code);
      const matchesPhone = sdt !== undefined && /^\d{4}$/.test(sdt) && dossier?.applicantPhone.endsWith(sdt);
      const matchesSecret = dossier !== undefined && isSameSecret(k, dossier.trackingSecret);
      if (!dossier || !(matchesPhone || matchesSecret)) {
        return send(
          404,
          trackingForm({ code, message: 'Không tìm thấy hồ sơ với mã và số điện thoại này. Kiểm tra lại mã trên giấy tiếp nhận.' }),
        );
      }
      return show(dossier, matchesSecret ? `/danh-gia?k=${encodeURIComponent(k!)}` : `/danh-gia?ma=${encodeURIComponent(code)}&sdt=${sdt}`);
    },
  });
}

/** If-None-Match: `*`, or a list of entity tags, weak or strong (weak comparison, RFC 9110 §13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
