import type { JobView } from '@contracts/jobs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { useProblemHandler } from '../api/useProblemHandler';

const POLL_MS = 500;

const readJob = (id: string, signal?: AbortSignal) => api.get<JobView>(`/jobs/${encodeURIComponent(id)}`, { signal });

/**
 * Starts a job and follows it: the view is refreshed every half second until the job ends, then
 * `onEnded` runs once. Starting again while one runs is refused by the server (409), shown as
 * usual; polling stops when the page is left.
 */
export function useJob(onEnded: (job: JobView) => void): {
  job: JobView | null;
  isRunning: boolean;
  start: (begin: () => Promise<JobView>) => Promise<void>;
} {
  const handleProblem = useProblemHandler();
  const [job, setJob] = useState<JobView | null>(null);
  const [isStarting, setStarting] = useState(false);
  const ended = useRef(onEnded);
  useEffect(() => {
    ended.current = onEnded;
  });

  useEffect(() => {
    if (!job || job.status !== 'running') return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      readJob(job.id, controller.signal).then(
        (next) => {
          setJob(next);
          if (next.status !== 'running') ended.current(next);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          handleProblem(error);
          setJob(null);
        },
      );
    }, POLL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [job, handleProblem]);

  const start = useCallback(
    async (begin: () => Promise<JobView>) => {
      setStarting(true);
      try {
        const started = await begin();
        setJob(started);
        if (started.status !== 'running') ended.current(started);
      } catch (error) {
        handleProblem(error);
      } finally {
        setStarting(false);
      }
    },
    [handleProblem],
  );
  return { job, isRunning: isStarting || job?.status === 'running', start };
}
