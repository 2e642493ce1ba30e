import { pauseClock } from '../../../cases/index.js';
import type { ActionHandler } from './action-context.js';

/**
 * The applicant must fulfil a financial obligation (land-use fee, registration fee, tax) before the
 * result: national status 6. The clock pauses while the citizen pays, so the dossier is not late
 * for time that is not the administration's.
 */
export const requestPayment: ActionHandler<{ obligation: string; amountVnd?: number | undefined }> = async ({ clock, now }, command) => ({
  clock: clock ? pauseClock(clock, now) : clock,
  data: { obligation: command.obligation, ...(command.amountVnd !== undefined ? { amountVnd: command.amountVnd } : {}) },
  notice: 'payment_requested',
});
