import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import {
  formatClockTime,
  localDayNumberOf,
  localTimeOfDayMs,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  startOfLocalDayMs,
} from '../time/vietnam-time.js';
import { BACKUP_EXTENSION, backupFileName, type BackupSummary } from './backup-format.js';
import { writeBackup, type BackupFiles } from './write-backup.js';

/** The files a backup of this deployment carries: the local store's folder, or the S3 bucket it only names. */
export function backupFilesOf(config: Config): BackupFiles {
  return config.filesS3
    ? { kind: 's3', where: `${config.filesS3.endpoint}/${config.filesS3.bucket}` }
    : { kind: 'local', dir: config.filesDir };
}

export type BackupSchedule = {
  dir: string;
  /** Minutes after midnight, Vietnam time, of the daily backup; undefined: no scheduled backup. */
  dailyAtMinutes: number | undefined;
  /** How many backup files are kept in the folder (the oldest go first). */
  keep: number;
};

/** A daily backup older than this is overdue (a day and two hours: a slow night is not an alert). */
const OVERDUE_HOURS = 26;

export type BackupFileView = { name: string; bytes: number; createdAt: string };

export type BackupStatus = {
  schedule: { dir: string; dailyAt: string | null; keep: number };
  running: boolean;
  last: BackupFileView | null;
  lastFailure: { at: string; reason: string } | null;
  /** Hours since the last backup file was written; null when there is none. */
  ageHours: number | null;
  /** The last attempt failed, or a scheduled deployment has no backup younger than a day and two hours. */
  isOverdue: boolean;
};

/**
 * Backups made by the server itself: on demand (the admin page, the command line through the
 * control socket) and daily at the set time, into a folder that keeps the newest N files. Each is
 * written to a temporary name and renamed when complete, so the folder never shows a partial backup.
 */
export class BackupService {
  #running: Promise<BackupFileView & BackupSummary> | undefined;
  #lastFailure: { at: string; reason: string } | null = null;
  #timer: NodeJS.Timeout | undefined;
  readonly #startedAt = Date.now();

  constructor(
    private readonly database: Database,
    private readonly files: BackupFiles,
    readonly schedule: BackupSchedule,
    private readonly appVersion: string,
  ) {}

  get isRunning(): boolean {
    return this.#running !== undefined;
  }

  /** Makes a backup now, or joins the one being made. */
  runNow(): Promise<BackupFileView & BackupSummary> {
    this.#running ??= this.#write().finally(() => (this.#running = undefined));
    return this.#running;
  }

  async #write(): Promise<BackupFileView & BackupSummary> {
    const at = new Date();
    let name = backupFileName(at);
    // Two backups within one second: the second gets a suffix.
    for (let n = 2; fs.existsSync(path.join(this.schedule.dir, name)); n++)
      name = backupFileName(at).replace(BACKUP_EXTENSION, `-${n}${BACKUP_EXTENSION}`);
    const file = path.join(this.schedule.dir, name);
    const partial = `${file}.partial`;
    try {
      await fs.promises.mkdir(this.schedule.dir, { recursive: true, mode: 0o700 });
      const out = fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 });
      const summary = await writeBackup(this.database, out, { files: this.files, appVersion: this.appVersion });
      await fs.promises.rename(partial, file);
      this.#lastFailure = null;
      this.#prune();
      return { name, createdAt: at.toISOString(), ...summary };
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      this.#lastFailure = { at: at.toISOString(), reason: error instanceof Error ? error.message : String(error) };
      throw error;
    }
  }

  /** The backup files in the folder, newest first. */
  list(): BackupFileView[] {
    if (!fs.existsSync(this.schedule.dir)) return [];
    return fs
      .readdirSync(this.schedule.dir)
      .filter((name) => name.startsWith('motcua-') && name.endsWith(BACKUP_EXTENSION))
      .map((name) => {
        const stat = fs.statSync(path.join(this.schedule.dir, name));
        return { name, bytes: stat.size, createdAt: stat.mtime.toISOString() };
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  status(now = Date.now()): BackupStatus {
    const [last] = this.list();
    const ageHours = last ? (now - Date.parse(last.createdAt)) / 3_600_000 : null;
    const isScheduled = this.schedule.dailyAtMinutes !== undefined;
    return {
      schedule: {
        dir: this.schedule.dir,
        dailyAt: isScheduled ? formatClockTime(this.schedule.dailyAtMinutes!) : null,
        keep: this.schedule.keep,
      },
      running: this.isRunning,
      last: last ?? null,
      lastFailure: this.#lastFailure,
      ageHours: ageHours === null ? null : Math.round(ageHours * 10) / 10,
      isOverdue:
        this.#lastFailure !== null ||
        (isScheduled && (ageHours === null ? now - this.#startedAt > OVERDUE_HOURS * MS_PER_HOUR : ageHours > OVERDUE_HOURS)),
    };
  }

  /** Checks every minute whether today's backup time has passed without a backup since. */
  startSchedule(onError: (error: unknown) => void, onDone?: (file: BackupFileView & BackupSummary) => void): void {
    if (this.schedule.dailyAtMinutes === undefined) return;
    this.#timer = setInterval(() => {
      if (this.isRunning || !this.#isDue(Date.now())) return;
      this.runNow().then(onDone, onError);
    }, MS_PER_MINUTE);
    this.#timer.unref();
  }

  stopSchedule(): void {
    clearInterval(this.#timer);
  }

  /** Whether the latest scheduled time (today's, or yesterday's before it comes) has no backup after it. */
  #isDue(now: number): boolean {
    const at = this.schedule.dailyAtMinutes;
    if (at === undefined) return false;
    const today = localDayNumberOf(now);
    const day = localTimeOfDayMs(now) >= at * MS_PER_MINUTE ? today : today - 1;
    const scheduled = startOfLocalDayMs(day) + at * MS_PER_MINUTE;
    const [last] = this.list();
    return !last || Date.parse(last.createdAt) < scheduled;
  }

  #prune(): void {
    for (const old of this.list().slice(this.schedule.keep)) fs.rmSync(path.join(this.schedule.dir, old.name), { force: true });
  }
}
