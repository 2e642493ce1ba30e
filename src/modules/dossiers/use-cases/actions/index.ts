import type { ActionHandlers } from './action-context.js';
import { approve } from './approve.js';
import { handOver } from './hand-over.js';
import { receivePayment } from './receive-payment.js';
import { receiveSupplement } from './receive-supplement.js';
import { requestPayment } from './request-payment.js';
import { requestSupplement } from './request-supplement.js';
import { reschedule } from './reschedule.js';
import { returnResult } from './return-result.js';
import { returnToStep } from './return-to-step.js';
import { stop } from './stop.js';
import { withdraw } from './withdraw.js';

/** Every action on a dossier, one file each, collected in one map typed by the action's command. */
export const dossierActions: ActionHandlers = {
  request_supplement: requestSupplement,
  receive_supplement: receiveSupplement,
  request_payment: requestPayment,
  receive_payment: receivePayment,
  hand_over: handOver,
  return_to_step: returnToStep,
  reschedule,
  approve,
  stop,
  withdraw,
  return: returnResult,
};

export type { ActionContext, ActionHandler, ActionOutcome } from './action-context.js';
