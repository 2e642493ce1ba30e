import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { dossiersApi, type DossierAction, type DossierDetail } from '../api/dossiersApi';

export type ActOutcome = 'done' | 'reloaded' | 'failed';

/**
 * A dossier and its commands. Each command carries the version shown (If-Match); when someone
 * else changed the dossier meanwhile (412) or its status no longer allows it (409), it reloads.
 */
export function useDossier(id: string) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const loaded = useApiQuery(`dossier:${id}`, (signal) => dossiersApi.get(id, signal));
  const [acted, setActed] = useState<DossierDetail | null>(null);
  const fetched = loaded.data?.data.id === id ? loaded.data : undefined;
  const latest = acted?.id === id ? acted : null;
  const useActed = latest !== null && (!fetched || latest.version > (fetched.version ?? fetched.data.version));
  const dossier = useActed ? latest : fetched?.data;
  const version = useActed ? latest.version : (fetched?.version ?? fetched?.data.version);
  const { reload } = loaded;

  const act = useCallback(
    async (action: DossierAction, form?: FormInstance): Promise<ActOutcome> => {
      if (version === undefined) return 'failed';
      try {
        const next = await dossiersApi.act(id, version, action);
        setActed(next);
        void message.success(format(m.dossiers.action.done, { action: m.dossiers.actions[action.action] ?? action.action }));
        return 'done';
      } catch (error) {
        if (isApiError(error) && error.status === 412) {
          void message.warning(m.dossiers.action.stale);
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
    [id, version, message, m, handleProblem, reload],
  );

  return { dossier, loading: loaded.loading, problem: loaded.problem, reload, act };
}
