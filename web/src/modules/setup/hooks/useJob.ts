import type { JobView } from '@contracts/jobs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { setupApi } from '../api/setupApi';

const POLL_MS = 500;

/**
 * Starts a job and follows it: the view is refreshed every half second until the job ends, then
 * `onEnded` runs once. Starting again while one runs is refused by the server (409), shown as usual.
 */
export function useJob(onEnded: (job: JobView) => void): { job: JobView | null; start: (begin: () => Promise<JobView>) => Promise<void> } {
  const handleProblem = useProblemHandler();
  const [job, setJob] = useState<JobView | null>(null);
  const ended = useRef(onEnded);
  useEffect(() => {
    ended.current = onEnded;
  });

  useEffect(() => {
    if (!job || job.status !== 'running') return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setupApi.job(job.id, controller.signal).then(
        (next) => {
          setJob(next);
          if (next.status !== 'running') ended.current(next);
        },
        (error: unknown) => handleProblem(error),
      );
    }, POLL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [job, handleProblem]);

  const start = useCallback(
    async (begin: () => Promise<JobView>) => {
      try {
        setJob(await begin());
      } catch (error) {
        handleProblem(error);
      }
    },
    [handleProblem],
  );
  return { job, start };
}
