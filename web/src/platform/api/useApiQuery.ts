import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isAbort, isApiError, type Problem } from './problem';
import { useProblemHandler } from './useProblemHandler';

export type ApiQuery<T> = {
  data: T | undefined;
  loading: boolean;
  problem: Problem | null;
  reload: () => void;
};

/**
 * Loads data whenever `key` changes (null: load nothing), aborting the previous request.
 * Failures are shown with the standard problem message unless `silent`.
 */
export function useApiQuery<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  options: { silent?: boolean } = {},
): ApiQuery<T> {
  const handleProblem = useProblemHandler();
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(key !== null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [tick, setTick] = useState(0);
  const silent = options.silent ?? false;

  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    setLoading(true);
    loadRef.current(controller.signal).then(
      (result) => {
        setData(result);
        setProblem(null);
        setLoading(false);
      },
      (error: unknown) => {
        if (isAbort(error) || controller.signal.aborted) return;
        const shown = silent ? (isApiError(error) ? error.problem : null) : handleProblem(error);
        setProblem(shown ?? { type: 'about:blank', title: String(error), status: 0, code: 'CLIENT' });
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, tick, silent, handleProblem]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data, loading, problem, reload };
}
