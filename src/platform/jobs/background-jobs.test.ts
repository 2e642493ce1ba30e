import { describe, expect, it } from 'vitest';
import { DomainError, validationError } from '../errors/errors.js';
import { BackgroundJobs, JobError } from './background-jobs.js';

/** A job body that waits until the test lets it go. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('background jobs', () => {
  it('runs one job of a kind at a time, reports progress, and ends with its result', async () => {
    const jobs = new BackgroundJobs();
    const { open, opened } = gate();
    const job = jobs.start('load', 'alice', async (report) => {
      report(1, 3, { vi: 'Bước 1', en: 'Step 1' });
      await opened;
      return { loaded: 3 };
    });
    expect(jobs.get(job.id, 'alice')).toMatchObject({ status: 'running', progress: { done: 1, total: 3 } });
    expect(() => jobs.start('load', 'bob', async () => ({}))).toThrow(expect.objectContaining({ code: JobError.JOB_ALREADY_RUNNING }));
    const other = jobs.start('other', 'bob', async () => ({ ok: true }));
    open();
    await jobs.settle();
    expect(jobs.get(job.id, 'alice')).toMatchObject({ status: 'succeeded', result: { loaded: 3 }, progress: { done: 3, total: 3 } });
    expect(jobs.get(other.id, 'bob').status).toBe('succeeded');
    expect(jobs.start('load', 'bob', async () => ({})).status).toBe('running');
  });

  it('is read only by whoever started it', () => {
    const jobs = new BackgroundJobs();
    const job = jobs.start('load', 'alice', async () => ({}));
    expect(() => jobs.get(job.id, 'bob')).toThrow(expect.objectContaining({ code: JobError.JOB_NOT_FOUND }));
  });

  it('keeps the refusal of a failed job and hides an unexpected failure behind "internal error"', async () => {
    const jobs = new BackgroundJobs();
    const unexpected: unknown[] = [];
    jobs.onUnexpected = (error) => unexpected.push(error);
    const refused = jobs.start('a', 'alice', async () => {
      throw validationError([{ field: 'province', code: 'not_found' }]);
    });
    const crashed = jobs.start('b', 'alice', async () => {
      throw new Error('disk full at /var/lib/secret');
    });
    await jobs.settle();
    expect(jobs.get(refused.id, 'alice')).toMatchObject({ status: 'failed', error: { code: 'VALIDATION_FAILED' } });
    const view = jobs.get(crashed.id, 'alice');
    expect(view).toMatchObject({ status: 'failed', error: { code: 'INTERNAL', title: { vi: 'Lỗi hệ thống' } } });
    expect(JSON.stringify(view)).not.toContain('secret');
    expect(unexpected).toHaveLength(1);
    expect(unexpected[0]).not.toBeInstanceOf(DomainError);
  });
});
