import type { ChannelHealth, Readiness } from '../../contracts/operations.js';
import type { Config } from '../config.js';
import type { BackupService } from '../backup/backup-service.js';
import type { Database } from '../db/open-database.js';
import type { FileStore } from '../files/file-store.js';

type Channel = 'email' | 'sms';

/** A due message waiting longer than this means the channel does not get through. */
const WAITING_TOO_LONG_MINUTES = 15;
/** How long a file-store check is believed (readiness is asked often; the store is not). */
const FILES_CHECK_MS = 15_000;

/**
 * What /readyz reports beyond "the database answers": the outgoing channels (from the dispatcher's
 * last attempts and the outbox's queue), the file store, and the backups. A degraded part leaves the
 * platform serving: citizens' requests still succeed and their messages wait in the outbox.
 */
export class ServiceHealth {
  readonly #failing = new Map<Channel, boolean>();
  #files: { at: number; isOk: boolean } | undefined;

  constructor(
    private readonly deps: {
      database: Database;
      files: FileStore;
      filesKind: 'local' | 's3';
      backups: BackupService;
      /** The channels with a transport configured. */
      channels: Channel[];
    },
  ) {}

  /** Told by the dispatcher after each send attempt. */
  recordSend(channel: string, isSent: boolean): void {
    if (channel === 'email' || channel === 'sms') this.#failing.set(channel, !isSent);
  }

  async readiness(now = Date.now()): Promise<Readiness> {
    const [queue, filesOk] = await Promise.all([this.#queue(now), this.#checkFiles(now)]);
    const channel = (name: Channel): ChannelHealth => {
      const row = queue.get(name) ?? { pending: 0, oldestPendingMinutes: null, overdue: 0, stuck: 0 };
      const isConfigured = this.deps.channels.includes(name);
      return {
        // A failure counts while messages still wait for the channel (given-up ones are the administrator's).
        state: !isConfigured ? 'off' : (this.#failing.get(name) && row.pending > 0) || row.overdue > 0 ? 'failing' : 'ok',
        pending: row.pending,
        oldestPendingMinutes: row.oldestPendingMinutes,
        stuck: row.stuck,
      };
    };
    const backup = this.deps.backups.status(now);
    const checks: Readiness['checks'] = {
      database: { state: 'ok' },
      email: channel('email'),
      sms: channel('sms'),
      files: { state: filesOk ? 'ok' : 'failing', store: this.deps.filesKind },
      backup: {
        state: backup.isOverdue ? 'overdue' : backup.schedule.dailyAt === null ? 'off' : 'ok',
        lastAt: backup.last?.createdAt ?? null,
        bytes: backup.last?.bytes ?? null,
        ageHours: backup.ageHours,
      },
    };
    const isDegraded =
      checks.email.state === 'failing' ||
      checks.sms.state === 'failing' ||
      checks.files.state === 'failing' ||
      checks.backup.state === 'overdue';
    return { status: isDegraded ? 'degraded' : 'ready', database: this.deps.database.kind, checks };
  }

  async #queue(now: number) {
    const rows = await this.deps.database.query<{
      channel: string;
      pending: number | string;
      oldest: string | null;
      overdue: number | string;
      stuck: number | string;
    }>(
      `SELECT channel,
              count(*) FILTER (WHERE status = 'pending') AS pending,
              min(created_at) FILTER (WHERE status = 'pending') AS oldest,
              count(*) FILTER (WHERE status = 'pending' AND next_attempt_at < $1) AS overdue,
              count(*) FILTER (WHERE status IN ('failed', 'uncertain')) AS stuck
         FROM outbox_messages WHERE status IN ('pending', 'failed', 'uncertain') GROUP BY channel`,
      [new Date(now - WAITING_TOO_LONG_MINUTES * 60_000).toISOString()],
    );
    return new Map(
      rows.map((row) => [
        row.channel,
        {
          pending: Number(row.pending),
          oldestPendingMinutes: row.oldest === null ? null : Math.round((now - new Date(row.oldest).getTime()) / 60_000),
          overdue: Number(row.overdue),
          stuck: Number(row.stuck),
        },
      ]),
    );
  }

  async #checkFiles(now: number): Promise<boolean> {
    if (this.#files && now - this.#files.at < FILES_CHECK_MS) return this.#files.isOk;
    const isOk = await this.deps.files.check().then(
      () => true,
      () => false,
    );
    this.#files = { at: now, isOk };
    return isOk;
  }
}

/** The health of this deployment's services, as configured: the channels with a transport, the file store in use. */
export function createServiceHealth(config: Config, database: Database, files: FileStore, backups: BackupService): ServiceHealth {
  return new ServiceHealth({
    database,
    files,
    filesKind: config.filesS3 ? 's3' : 'local',
    backups,
    channels: [...(config.smtpUrl ? ['email' as const] : []), ...(config.smsUrl ? ['sms' as const] : [])],
  });
}
