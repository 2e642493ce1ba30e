import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { DossierAction, DossierDetail, OnlineIntakeDecision } from '@contracts/dossiers';
import { dossiersApi } from '../api/dossiersApi';

export type ActOutcome = 'done' | 'reloaded' | 'failed';

/**
 * A dossier and its commands (actions, and the decision on an online submission). Each carries the
 * version shown (If-Match); when someone else changed the dossier meanwhile (412) or its status no
 * longer allows it (409), it reloads.
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

  /** Sends one command with the version shown; `label` names it in the success message. */
  const run = useCallback(
    async (send: (version: number) => Promise<DossierDetail>, label: string, form?: FormInstance): Promise<ActOutcome> => {
      if (version === undefined) return 'failed';
      try {
        const next = await send(version);
        setActed(next);
        void message.success(format(m.dossiers.action.done, { action: label }));
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
    [version, message, m, handleProblem, reload],
  );

  const act = useCallback(
    (action: DossierAction, form?: FormInstance) =>
      run((current) => dossiersApi.act(id, current, action), m.dossiers.actions[action.action] ?? action.action, form),
    [id, run, m],
  );
  const decide = useCallback(
    (decision: OnlineIntakeDecision, form?: FormInstance) =>
      run((current) => dossiersApi.decide(id, current, decision), m.dossiers.decisions[decision.decision], form),
    [id, run, m],
  );

  return { dossier, loading: loaded.loading, problem: loaded.problem, reload, act, decide };
}
