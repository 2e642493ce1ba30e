import type { JobView } from '@contracts/jobs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { operationsApi } from '../api/operationsApi';

const POLL_MS = 500;

/**
 * Starts a backup and follows its job: polled every half second until it is no longer running,
 * then `onEnded` runs once with the final view. Polling stops when the page is left.
 */
export function useBackupJob(onEnded: (job: JobView) => void): { job: JobView | null; isRunning: boolean; start: () => Promise<void> } {
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
      operationsApi.job(job.id, controller.signal).then(
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

  const start = useCallback(async () => {
    setStarting(true);
    try {
      const started = await operationsApi.backUpNow();
      setJob(started);
      if (started.status !== 'running') ended.current(started);
    } catch (error) {
      handleProblem(error);
    } finally {
      setStarting(false);
    }
  }, [handleProblem]);

  return { job, isRunning: isStarting || job?.status === 'running', start };
}
