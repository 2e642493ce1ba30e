import type { FormInstance } from 'antd';
import { vietnamLocalToIso } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Delivery, DeliveryRecord, DossierAction, DossierActionName, DossierDetail } from '@contracts/dossiers';
import { toVietnamLocal } from '../../dossierText';
import type { ActOutcome } from '../../hooks/useDossier';
import { ActionFields } from './ActionFields';
import { CommandDialog, CommandForm } from './CommandDialog';

type Values = {
  note?: string;
  reason?: string;
  stepIndex?: number;
  missingDocuments?: string[];
  newDueAt?: string;
  obligation?: string;
  amountVnd?: number | null;
  delivery?: Delivery;
  deliveryRecord?: { recipientName?: string; address?: string; deliveredAt?: string; deliveredBy?: string; postalReceiptNumber?: string };
};

type Props = {
  action: DossierActionName | null;
  dossier: DossierDetail;
  onAct: (action: DossierAction, form: FormInstance) => Promise<ActOutcome>;
  onClose: () => void;
};

const blank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/**
 * The delivery time offered: this minute (the field shows minutes), or the minute after the result
 * was ready when that was this very minute — the server refuses a delivery before the result.
 */
function defaultDeliveredAt(resultReadyAt: string | null): string {
  const minute = 60_000;
  const thisMinute = Math.floor(Date.now() / minute) * minute;
  const ready = resultReadyAt ? Math.ceil(Date.parse(resultReadyAt) / minute) * minute : 0;
  return new Date(Math.max(thisMinute, ready)).toISOString();
}

/** The delivery record of a home or postal return, as the server takes it. */
function toDeliveryRecord(delivery: 'home' | 'post', record: NonNullable<Values['deliveryRecord']>): DeliveryRecord {
  const deliveredBy = blank(record.deliveredBy);
  const postalReceiptNumber = blank(record.postalReceiptNumber);
  return {
    recipientName: blank(record.recipientName) ?? '',
    address: blank(record.address) ?? '',
    deliveredAt: vietnamLocalToIso(record.deliveredAt ?? ''),
    ...(delivery === 'home' && deliveredBy ? { deliveredBy } : {}),
    ...(delivery === 'post' && postalReceiptNumber ? { postalReceiptNumber } : {}),
  };
}

/** The command of the form's values. */
function toAction(action: DossierActionName, values: Values): DossierAction {
  const note = blank(values.note);
  const reason = blank(values.reason) ?? '';
  switch (action) {
    case 'hand_over':
    case 'approve':
    case 'receive_payment':
      return note ? { action, note } : { action };
    case 'return_to_step':
      return { action, stepIndex: values.stepIndex ?? 0, reason };
    case 'request_supplement':
      return { action, reason, missingDocuments: (values.missingDocuments ?? []).map((name) => name.trim()).filter(Boolean) };
    case 'receive_supplement':
      return { action };
    case 'request_payment':
      return {
        action,
        obligation: blank(values.obligation) ?? '',
        ...(typeof values.amountVnd === 'number' ? { amountVnd: values.amountVnd } : {}),
      };
    case 'reschedule':
      return { action, reason, newDueAt: vietnamLocalToIso(values.newDueAt ?? '') };
    case 'stop':
      return { action, reason };
    case 'withdraw':
      return reason ? { action, reason } : { action };
    case 'return': {
      const delivery = values.delivery ?? 'counter';
      return {
        action,
        delivery,
        ...(note ? { note } : {}),
        ...(delivery === 'home' || delivery === 'post' ? { deliveryRecord: toDeliveryRecord(delivery, values.deliveryRecord ?? {}) } : {}),
      };
    }
  }
}

/** A text field of the stored applicant (the API gives it as a plain record). */
const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A small dialog for one action with the fields it needs; OK sends it with the version shown. */
export function ActionModal({ action, dossier, onAct, onClose }: Props) {
  const { m } = useI18n();
  return (
    <CommandDialog open={action !== null} title={action ? (m.dossiers.actions[action] ?? action) : ''} onClose={onClose}>
      {action && (
        <CommandForm<Values>
          send={(values, form) => onAct(toAction(action, values), form)}
          onClose={onClose}
          initialValues={{
            delivery: dossier.delivery,
            newDueAt: toVietnamLocal(dossier.dueAt),
            deliveryRecord: {
              recipientName: textOf(dossier.applicant.name),
              address: textOf(dossier.applicant.address),
              deliveredAt: toVietnamLocal(defaultDeliveredAt(dossier.finishedAt)),
            },
          }}
          danger={action === 'stop' || action === 'withdraw'}
          autoFocusSubmit={action === 'receive_supplement'}
          submitTestId="action-submit"
        >
          <ActionFields action={action} dossier={dossier} />
        </CommandForm>
      )}
    </CommandDialog>
  );
}
