import { validationError } from '../../../../platform/errors/errors.js';
import type { Delivery, DeliveryRecord } from '../../../../contracts/dossiers.js';
import { checkDeliveryRecord, storedDeliveryRecord } from '../../delivery-record.js';
import { handOver } from '../../dossier-tasks.js';
import type { ActionHandler } from './action-context.js';

/**
 * The result (or the stop notice) reaches the applicant: at the counter, or at home or by post
 * with the record of who received it, where, when and who delivered it (NĐ 61/2018 art. 20).
 */
export const returnResult: ActionHandler<{
  delivery: Delivery;
  note?: string | undefined;
  deliveryRecord?: DeliveryRecord | undefined;
}> = async ({ tx, dossier, calendar, now, actor }, command) => {
  if (dossier.status === 'result_ready' || dossier.status === 'stopped') {
    const problems = checkDeliveryRecord({
      delivery: command.delivery,
      record: command.deliveryRecord,
      resultReadyAt: dossier.finishedAt,
      now,
    });
    if (problems.length > 0) throw validationError(problems);
    await handOver(tx, { dossierId: dossier.id, calendar, now: now.getTime(), actor, isFinal: true });
  }
  const record = command.deliveryRecord ? storedDeliveryRecord(command.deliveryRecord) : undefined;
  return {
    // Delivered at home or by post, the result reached the applicant when the record says.
    changes: { returnedAt: record?.deliveredAt ?? now.toISOString(), delivery: command.delivery },
    data: { delivery: command.delivery, note: command.note, ...(record ? { deliveryRecord: record } : {}) },
  };
};
