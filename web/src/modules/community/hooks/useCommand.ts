import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useCommunityText } from '../communityText';
import type { CommandOutcome } from './useVersionedRecord';

/** Sends one command; the form gets the server's field errors next to its fields. */
export type RunPlain = (send: () => Promise<unknown>, success: string, form?: FormInstance) => Promise<CommandOutcome>;

/**
 * A command on a record held in a list or inside another record (a vote of a matter, a finding, a
 * consultation): sent with that record's version; on success, or when it changed meanwhile (412),
 * what shows it is loaded again.
 */
export function useCommand(reload: () => void): RunPlain {
  const t = useCommunityText();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  return useCallback(
    async (send: () => Promise<unknown>, success: string, form?: FormInstance): Promise<CommandOutcome> => {
      try {
        await send();
        void message.success(success);
        reload();
        return 'done';
      } catch (error) {
        if (isApiError(error) && error.status === 412) {
          void message.warning(t.common.stale);
          reload();
          return 'reloaded';
        }
        handleProblem(error, form ? { form } : {});
        return 'failed';
      }
    },
    [message, t, handleProblem, reload],
  );
}
