import type { Database } from '../../src/platform/db/open-database.js';
import { clientAddress, runLoad, type LoadMeasure } from '../http/load.js';
import type { TrackedDossier } from './intake.js';

/**
 * Public tracking lookups, `GET /tra-cuu?ma=<code>&sdt=<last 4 digits>`, over the given dossiers in
 * turn; each request comes from another client address (X-Forwarded-For, as behind the reverse
 * proxy) so the per-address limit of the page (60 a minute) does not turn the run into 429s.
 * Every answer must be the dossier's page (200): a miss counts as a failure.
 */
export async function loadTracking(
  url: string,
  dossiers: readonly TrackedDossier[],
  options: { connections: number; duration: number; revalidate?: boolean },
): Promise<LoadMeasure> {
  if (dossiers.length === 0) throw new Error('no dossiers to look up');
  // With `revalidate`, each request carries the tag of the dossier's page as a browser that
  // reloads it does (If-None-Match), and a 304 counts as an answer; without, always a full page.
  const tags = new Map<string, string>();
  if (options.revalidate) {
    for (const [i, dossier] of dossiers.entries()) {
      const response = await fetch(`${url}${pathOf(dossier)}`, { headers: { 'x-forwarded-for': clientAddress((1 << 22) | i) } });
      await response.arrayBuffer();
      const etag = response.headers.get('etag');
      if (response.status !== 200 || !etag) throw new Error(`tracking ${dossier.code}: ${response.status}, ETag ${etag ?? 'none'}`);
      tags.set(dossier.code, etag);
    }
  }
  let n = 0;
  return runLoad({
    url,
    connections: options.connections,
    duration: options.duration,
    acceptNotModified: options.revalidate === true,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          n += 1;
          const dossier = dossiers[n % dossiers.length]!;
          const etag = tags.get(dossier.code);
          return {
            ...request,
            path: pathOf(dossier),
            headers: { 'x-forwarded-for': clientAddress(n), ...(etag ? { 'if-none-match': etag } : {}) },
          };
        },
      },
    ],
  });
}

const pathOf = (dossier: TrackedDossier) => `/tra-cuu?ma=${encodeURIComponent(dossier.code)}&sdt=${dossier.phone.slice(-4)}`;

/** The reference on the same server: `GET /healthz` (routing, hooks, JSON reply; no database), the framework's floor. */
export async function loadHealthz(url: string, options: { connections: number; duration: number }): Promise<LoadMeasure> {
  let n = 0;
  return runLoad({
    url,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        method: 'GET',
        path: '/healthz',
        setupRequest: (request) => {
          n += 1;
          return { ...request, headers: { 'x-forwarded-for': clientAddress(n) } };
        },
      },
    ],
  });
}

/** A sample of received dossiers already in the database (the generated volume), for lookups beside the fresh ones. */
export async function sampleDossiers(database: Database, count: number): Promise<TrackedDossier[]> {
  const [total] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
  const share = Math.min(1, (2 * count) / Math.max(1, total!.n));
  return database.query<TrackedDossier>(
    'SELECT code, applicant_phone AS phone FROM dossiers WHERE code IS NOT NULL AND random() < $2 LIMIT $1',
    [count, share],
  );
}
