import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { petitionsApi } from '../api/petitionsApi';

export type CommandOutcome = 'done' | 'reloaded' | 'failed';
/** Sends one command on the petition with the version shown; the form gets the server's field errors. */
export type RunCommand = (send: (version: number) => Promise<Petition>, success: string, form?: FormInstance) => Promise<CommandOutcome>;

/**
 * A petition and its commands (classification, handling, linking a repeat). Each carries the
 * version shown (If-Match); when someone else changed it meanwhile (412) or its status no longer
 * allows the command (409), it reloads.
 */
export function usePetition(id: string) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const loaded = useApiQuery(`petition:${id}`, (signal) => petitionsApi.get(id, signal));
  const [changed, setChanged] = useState<Petition | null>(null);
  const fetched = loaded.data?.data.id === id ? loaded.data : undefined;
  const latest = changed?.id === id ? changed : null;
  const useChanged = latest !== null && (!fetched || latest.version > fetched.version);
  const petition = useChanged ? latest : fetched?.data;
  const version = useChanged ? latest.version : fetched?.version;
  const { reload } = loaded;

  /** Sends one command with the version shown; `success` is the message shown when it is done. */
  const run = useCallback<RunCommand>(
    async (send, success, form) => {
      if (version === undefined) return 'failed';
      try {
        setChanged(await send(version));
        void message.success(success);
        return 'done';
      } catch (error) {
        if (isApiError(error) && error.status === 412) {
          void message.warning(m.petitions.handling.stale);
          reload();
          return 'reloaded';
        }
        handleProblem(error, form ? { form } : {});
        if (isApiError(error) && error.status === 409) {
          reload();
          return 'reloaded';
        }
        return 'failed';
      }
    },
    [version, message, m, handleProblem, reload],
  );

  return { petition, loading: loaded.loading, problem: loaded.problem, reload, run };
}
