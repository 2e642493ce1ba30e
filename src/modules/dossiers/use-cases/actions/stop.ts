import type { ActionHandler } from './action-context.js';
import { finishProcessing } from './finish-processing.js';

/** Processing stops with the reason (a result of refusal to return: Mẫu 03). */
export const stop: ActionHandler<{ reason: string }> = async (context, command) =>
  finishProcessing(context, { isApproval: false, isWithdrawal: false, data: { reason: command.reason } });
