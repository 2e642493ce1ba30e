/**
 * The contract of long work started from the officer app (loading the national unit tables, the
 * sample catalogue): the job's state and progress, polled until it ends.
 */
import { z } from 'zod';

export const JobStatus = z.enum(['running', 'succeeded', 'failed']);
export type JobStatus = z.infer<typeof JobStatus>;

export const JobView = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: JobStatus,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Steps done of the known total (0 of 0 while the total is not yet known), and what is being done now. */
  progress: z.object({ done: z.number().int(), total: z.number().int(), message: z.object({ vi: z.string(), en: z.string() }) }),
  /** The job's answer once it succeeded. */
  result: z.record(z.string(), z.unknown()).nullable(),
  /** Why it failed: the problem it ended with (title, and field errors when the input was refused). */
  error: z.object({ code: z.string(), title: z.object({ vi: z.string(), en: z.string() }) }).nullable(),
});
export type JobView = z.infer<typeof JobView>;
