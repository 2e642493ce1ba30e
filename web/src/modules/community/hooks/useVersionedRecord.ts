import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useCommunityText } from '../communityText';

export type CommandOutcome = 'done' | 'reloaded' | 'failed';
type Versioned<T> = { data: T; version: number };
/** Sends one command with the version shown; the form gets the server's field errors next to its fields. */
export type RunCommand<T> = (send: (version: number) => Promise<T>, success: string, form?: FormInstance) => Promise<CommandOutcome>;

/**
 * A mediation case, a legal-aid case or a model, and the commands on it. Each carries the version
 * shown (If-Match); when someone changed it meanwhile (412) or its status no longer allows the step
 * (409) the record is loaded again.
 */
export function useVersionedRecord<T extends { id: string; version: number }>(
  key: string,
  load: (signal: AbortSignal) => Promise<Versioned<T>>,
) {
  const t = useCommunityText();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const loaded = useApiQuery(key, load);
  const [changed, setChanged] = useState<T | null>(null);
  const fetched = loaded.data;
  const isNewer = changed !== null && (!fetched || (changed.id === fetched.data.id && changed.version > fetched.version));
  const record = isNewer ? changed : fetched?.data;
  const version = isNewer ? changed.version : fetched?.version;
  const { reload } = loaded;

  const run = useCallback<RunCommand<T>>(
    async (send, success, form) => {
      if (version === undefined) return 'failed';
      try {
        setChanged(await send(version));
        void message.success(success);
        return 'done';
      } catch (error) {
        if (isApiError(error) && error.status === 412) {
          void message.warning(t.common.stale);
          reload();
          return 'reloaded';
        }
        handleProblem(error, form ? { form } : {});
        if (isApiError(error) && error.status === 409 && !error.problem.errors?.length) reload();
        return 'failed';
      }
    },
    [version, message, t, handleProblem, reload],
  );

  return { record, version, loading: loaded.loading, problem: loaded.problem, reload, run };
}
