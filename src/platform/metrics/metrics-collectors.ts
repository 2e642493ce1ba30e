/**
 * Gauges computed at scrape time from the database: the connection pool and the outbox. The
 * outbox is read with one small query per scrape over the statuses still in play (pending,
 * sending, failed, uncertain) through the status index; "sent" grows forever and is left out
 * (motcua_outbox_send_attempts_total gives the send rate).
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/open-database.js';

const outboxStatuses = ['pending', 'sending', 'failed', 'uncertain'] as const;
const outboxChannels = ['email', 'sms'] as const;

type OutboxRow = { channel: string; status: string; count: number; oldest_age_seconds: number | null };

const outboxQuery = `
  select channel, status, count(*)::int as count,
         extract(epoch from now() - min(created_at))::float8 as oldest_age_seconds
  from outbox_messages
  where status in (${outboxStatuses.map((status) => `'${status}'`).join(', ')})
  group by channel, status`;

export function registerDatabaseCollectors(registry: Registry, database: Database): void {
  const registers = [registry];
  const scrapeErrors = new Counter({
    name: 'motcua_metrics_collect_errors_total',
    help: 'Scrapes where a collector could not read its figures (its gauges are then absent), by collector.',
    labelNames: ['collector'] as const,
    registers,
  });

  new Gauge({
    name: 'motcua_db_pool_connections',
    help: 'Database connections by state: total, idle, waiting (clients queued for a connection). The embedded database is one connection.',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const pool = database.pool;
      if (pool) {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      } else {
        this.set({ state: 'total' }, 1);
      }
    },
  });

  // Both outbox gauges are filled from the same query: prom-client collects metrics
  // concurrently, so the first collector's read is shared for a second.
  let cached: { at: number; rows: Promise<OutboxRow[] | undefined> } | undefined;
  const readOutbox = () => {
    if (!cached || Date.now() - cached.at > 1000) {
      const rows = database.query<OutboxRow>(outboxQuery).catch(() => {
        scrapeErrors.inc({ collector: 'outbox' });
        return undefined;
      });
      cached = { at: Date.now(), rows };
    }
    return cached.rows;
  };

  new Gauge({
    name: 'motcua_outbox_messages',
    help: 'Outbox messages by channel and status (pending, sending, failed, uncertain); sent ones are not counted.',
    labelNames: ['channel', 'status'] as const,
    registers,
    async collect() {
      this.reset();
      const rows = await readOutbox();
      if (!rows) return;
      for (const channel of channelsOf(rows)) for (const status of outboxStatuses) this.set({ channel, status }, 0);
      for (const row of rows) this.set({ channel: row.channel, status: row.status }, row.count);
    },
  });

  new Gauge({
    name: 'motcua_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest message still waiting to be sent, by channel; 0 when none waits.',
    labelNames: ['channel'] as const,
    registers,
    async collect() {
      this.reset();
      const rows = await readOutbox();
      if (!rows) return;
      for (const channel of channelsOf(rows)) {
        const pending = rows.find((row) => row.channel === channel && row.status === 'pending');
        this.set({ channel }, Math.max(0, pending?.oldest_age_seconds ?? 0));
      }
    },
  });
}

function channelsOf(rows: OutboxRow[]): string[] {
  return [...new Set([...outboxChannels, ...rows.map((row) => row.channel)])];
}
