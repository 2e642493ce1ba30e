import type { ActionHandler } from './action-context.js';
import { finishProcessing } from './finish-processing.js';

/** The leader approves: the result is ready, and the applicant is told to collect it. */
export const approve: ActionHandler<{ note?: string | undefined }> = async (context, command) => ({
  ...(await finishProcessing(context, { isApproval: true, isWithdrawal: false, data: { note: command.note } })),
  notice: 'result_ready',
});
