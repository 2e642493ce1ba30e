/**
 * Long work started from the officer app and run inside the server process (so that PGlite keeps
 * its one access path): the request answers 202 with a job at once, the app polls the job for its
 * progress. Jobs live in memory: a restart forgets them, and the work they did is in the database
 * (each job is one transaction, so a job cut short leaves nothing half-written).
 */
import crypto from 'node:crypto';
import type { JobView } from '../../contracts/jobs.js';
import { DomainError, defineErrors, findErrorDefinition } from '../errors/errors.js';
import type { Text } from '../i18n/locale.js';

export const JobError = defineErrors({
  JOB_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy công việc', en: 'Job not found' } },
  JOB_ALREADY_RUNNING: {
    status: 409,
    title: { vi: 'Công việc này đang chạy', en: 'This job is already running' },
    detail: {
      vi: 'Một lần tải cùng loại đang chạy; hãy chờ nó xong rồi thử lại.',
      en: 'A job of the same kind is running; wait until it ends, then try again.',
    },
  },
});

export type ReportProgress = (done: number, total: number, message: Text) => void;

type Job = JobView & { ownerId: string; promise: Promise<void> };

/** How many ended jobs are kept for their starters to read, and for how long. */
const KEEP_ENDED = 50;
const KEEP_ENDED_MS = 60 * 60 * 1000;

export class BackgroundJobs {
  readonly #jobs = new Map<string, Job>();

  /**
   * Starts `run` unless a job of the same kind is running (409 JOB_ALREADY_RUNNING with its id),
   * and answers the new job's view. `run` reports its progress; what it resolves to is the result.
   */
  start(kind: string, ownerId: string, run: (report: ReportProgress) => Promise<Record<string, unknown>>): JobView {
    this.#forgetOld();
    const running = [...this.#jobs.values()].find((job) => job.kind === kind && job.status === 'running');
    if (running) throw new DomainError(JobError.JOB_ALREADY_RUNNING, { jobId: running.id });
    const job: Job = {
      id: crypto.randomUUID(),
      kind,
      status: 'running',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      progress: { done: 0, total: 0, message: { vi: 'Đang bắt đầu…', en: 'Starting…' } },
      result: null,
      error: null,
      ownerId,
      promise: Promise.resolve(),
    };
    this.#jobs.set(job.id, job);
    const report: ReportProgress = (done, total, message) => {
      job.progress = { done, total, message };
    };
    job.promise = (async () => {
      try {
        job.result = await run(report);
        job.status = 'succeeded';
        job.progress = { done: job.progress.total, total: job.progress.total, message: { vi: 'Đã xong', en: 'Done' } };
      } catch (error) {
        job.status = 'failed';
        const code = error instanceof DomainError ? error.code : 'INTERNAL';
        job.error = { code, title: findErrorDefinition(code)?.title ?? { vi: 'Lỗi hệ thống', en: 'Internal error' } };
        if (!(error instanceof DomainError)) this.onUnexpected(error);
      } finally {
        job.finishedAt = new Date().toISOString();
      }
    })();
    return view(job);
  }

  /** A job as its starter sees it; anybody else gets 404, as if it did not exist. */
  get(id: string, ownerId: string): JobView {
    const job = this.#jobs.get(id);
    if (!job || job.ownerId !== ownerId) throw new DomainError(JobError.JOB_NOT_FOUND);
    return view(job);
  }

  /** Waits for every running job (the server waits before closing its database). */
  async settle(): Promise<void> {
    await Promise.all([...this.#jobs.values()].map((job) => job.promise));
  }

  /** Where an unexpected failure goes (the server's log); replaced by the composition root. */
  onUnexpected: (error: unknown) => void = () => {};

  #forgetOld() {
    const ended = [...this.#jobs.values()].filter((job) => job.status !== 'running');
    const cutoff = Date.now() - KEEP_ENDED_MS;
    ended.forEach((job, index) => {
      if (ended.length - index > KEEP_ENDED || Date.parse(job.finishedAt ?? job.startedAt) < cutoff) this.#jobs.delete(job.id);
    });
  }
}

function view(job: Job): JobView {
  const { ownerId: _owner, promise: _promise, ...rest } = job;
  return { ...rest, progress: { ...rest.progress } };
}
