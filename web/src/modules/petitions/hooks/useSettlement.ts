import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import type { SettlementStep } from '@contracts/settlements';
import { settlementsApi } from '../api/settlementsApi';
import type { CommandOutcome } from './usePetition';

/** Records one step with the version shown; the form gets the server's field errors. */
export type RecordStep = (step: SettlementStep, label: string, form?: FormInstance) => Promise<CommandOutcome>;

/**
 * The settlement of an accepted petition, with its steps and clock: found among the unit's
 * settlements (or known once opened here), reloaded after each step recorded with its version.
 */
export function useSettlement(petition: Petition | undefined) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [opened, setOpened] = useState<{ petitionId: string; settlementId: string } | null>(null);
  const isAccepted = petition?.status === 'accepted';
  const known = opened && opened.petitionId === petition?.id ? opened.settlementId : null;
  const found = useApiQuery(isAccepted && !known ? `settlement-of:${petition.id}` : null, (signal) =>
    petition ? settlementsApi.findForPetition(petition, signal) : Promise.resolve(null),
  );
  const settlementId = known ?? (isAccepted ? found.data?.id : undefined) ?? null;
  const detail = useApiQuery(settlementId ? `settlement:${settlementId}` : null, (signal) => settlementsApi.get(settlementId!, signal));
  const current = detail.data && detail.data.data.id === settlementId ? detail.data : undefined;
  const { reload } = detail;

  /** Remembers a settlement opened on this page, so that it shows at once. */
  const remember = useCallback(
    (id: string) => {
      if (petition) setOpened({ petitionId: petition.id, settlementId: id });
    },
    [petition],
  );

  const record = useCallback<RecordStep>(
    async (step, label, form) => {
      if (!current) return 'failed';
      try {
        await settlementsApi.step(current.data.id, current.version, step);
        void message.success(label);
        reload();
        return 'done';
      } catch (error) {
        if (isApiError(error) && error.status === 412) {
          void message.warning(m.settlements.step.stale);
          reload();
          return 'reloaded';
        }
        handleProblem(error, form ? { form } : {});
        return 'failed';
      }
    },
    [current, message, m, handleProblem, reload],
  );

  return {
    settlement: current?.data,
    searching: isAccepted && !known && (found.loading || found.data === undefined) && !found.problem,
    exists: settlementId !== null,
    loading: detail.loading,
    reload,
    remember,
    record,
  };
}
