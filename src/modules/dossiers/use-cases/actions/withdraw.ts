import type { ActionHandler } from './action-context.js';
import { finishProcessing } from './finish-processing.js';

/** The applicant withdraws the dossier: it ends, counted neither on time nor late. */
export const withdraw: ActionHandler<{ reason?: string | undefined }> = async (context, command) =>
  finishProcessing(context, { isApproval: false, isWithdrawal: true, data: { reason: command.reason } });
