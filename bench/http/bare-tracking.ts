/**
 * The tracking page's reference: a bare Fastify server and the database driver with nothing in
 * between (no hooks, no rate limit, no templates), answering `GET /tra-cuu?ma=&sdt=` with the same
 * read the platform does — the dossier by its code with its events — and a few lines of HTML.
 * Run as a child process on the bench's target (DATABASE_URL + MOTCUA_DB_SCHEMA, or
 * MOTCUA_DATA_DIR for PGlite); prints "bare serving <url>" once it listens.
 */
import Fastify from 'fastify';
import pg from 'pg';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';

const TEXT = `SELECT d.code, d.procedure_name, d.status, d.applicant_phone,
  coalesce((SELECT json_agg(json_build_object('type', e.type, 'at', e.at) ORDER BY e.seq) FROM dossier_events e WHERE e.dossier_id = d.id), '[]'::json) AS events
  FROM dossiers d WHERE d.code = $1`;
type Row = { code: string; procedure_name: string; status: string; applicant_phone: string; events: unknown };

async function openReader(): Promise<{ read(code: string): Promise<Row | undefined>; close(): Promise<void> }> {
  const schema = process.env.MOTCUA_DB_SCHEMA ?? 'public';
  if (process.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: `-c search_path="${schema}"` });
    return {
      read: async (code) => (await pool.query<Row>({ name: 'bare_tracking', text: TEXT, values: [code] })).rows[0],
      close: () => pool.end(),
    };
  }
  // The folder layout of the platform's embedded database (its data under pg/, the same extensions).
  const client = await PGlite.create(path.join(process.env.MOTCUA_DATA_DIR!, 'pg'), { extensions: { pg_trgm, unaccent, pgcrypto } });
  await client.exec(`SET search_path TO "${schema}"`);
  return { read: async (code) => (await client.query<Row>(TEXT, [code])).rows[0], close: () => client.close() };
}

const reader = await openReader();
const app = Fastify({ logger: false });
app.get('/tra-cuu', async (request, reply) => {
  const { ma, sdt } = request.query as { ma?: string; sdt?: string };
  const row = ma ? await reader.read(ma) : undefined;
  if (!row || !sdt || !row.applicant_phone.endsWith(sdt)) return reply.status(404).type('text/html').send('<p>Không tìm thấy</p>');
  const events = typeof row.events === 'string' ? (JSON.parse(row.events) as unknown[]) : (row.events as unknown[]);
  return reply
    .type('text/html; charset=utf-8')
    .send(`<h1>Hồ sơ ${row.code}</h1><p>${row.procedure_name}</p><p>${row.status}</p><p>${events.length} sự kiện</p>`);
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`bare serving ${url}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => reader.close())
    .then(() => process.exit(0));
});
