import { Form, Input, InputNumber, Select } from 'antd';
import { formatNumber } from '../../../../platform/format/numbers';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { deliveries, type DossierActionName, type DossierDetail } from '@contracts/dossiers';
import { DeliveryRecordFields } from './DeliveryRecordFields';

const reasonRequired: DossierActionName[] = ['return_to_step', 'request_supplement', 'reschedule', 'stop'];
const reasonOptional: DossierActionName[] = ['withdraw'];
const noteOptional: DossierActionName[] = ['hand_over', 'approve', 'return', 'receive_payment'];

/** The fields an action asks for: reason, note, the step to go back to, missing documents, new appointment, delivery and its record. */
export function ActionFields({ action, dossier }: { action: DossierActionName; dossier: DossierDetail }) {
  const { m, locale } = useI18n();
  const t = m.dossiers.action;
  const active = dossier.tasks.find((task) => task.status === 'active');
  const earlier = new Map<number, string>();
  for (const task of dossier.tasks) {
    if (active && task.stepIndex < active.stepIndex && !earlier.has(task.stepIndex)) earlier.set(task.stepIndex, task.name);
  }
  const suggestions = dossier.documents.map((document) => ({ value: document.name, label: document.name }));

  return (
    <>
      {action === 'return_to_step' && (
        <Form.Item name="stepIndex" label={t.stepIndex} rules={[{ required: true, message: m.common.required }]}>
          <Select
            data-testid="action-step"
            options={[...earlier.entries()]
              .sort(([a], [b]) => a - b)
              .map(([index, name]) => ({ value: index, label: `${index + 1}. ${name}` }))}
          />
        </Form.Item>
      )}
      {action === 'request_supplement' && (
        <Form.Item
          name="missingDocuments"
          label={t.missingDocuments}
          extra={t.missingHint}
          rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}
        >
          <Select
            mode="tags"
            tokenSeparators={[';']}
            options={suggestions}
            open={suggestions.length ? undefined : false}
            data-testid="action-missing"
          />
        </Form.Item>
      )}
      {action === 'request_payment' && (
        <>
          <Form.Item
            name="obligation"
            label={t.obligation}
            extra={t.obligationHint}
            rules={[{ required: true, whitespace: true, min: 3, message: t.obligationHint }]}
          >
            <Input.TextArea rows={2} maxLength={500} autoFocus data-testid="action-obligation" />
          </Form.Item>
          <Form.Item name="amountVnd" label={t.amountVnd}>
            <InputNumber<number>
              min={0}
              step={1000}
              style={{ width: '100%' }}
              formatter={(value) => (value === undefined ? '' : formatNumber(Number(value), locale, { maxDecimals: 0 }))}
              parser={(text) => Number((text ?? '').replace(/\D/g, ''))}
              data-testid="action-amount"
            />
          </Form.Item>
        </>
      )}
      {action === 'reschedule' && (
        <Form.Item name="newDueAt" label={t.newDueAt} extra={t.newDueAtHint} rules={[{ required: true, message: m.common.required }]}>
          <Input type="datetime-local" data-testid="action-new-due" />
        </Form.Item>
      )}
      {action === 'return' && (
        <>
          <Form.Item name="delivery" label={t.delivery} rules={[{ required: true, message: m.common.required }]}>
            <Select
              data-testid="action-delivery"
              options={deliveries.map((delivery) => ({ value: delivery, label: m.procedures.deliveryOptions[delivery] ?? delivery }))}
            />
          </Form.Item>
          <DeliveryRecordFields />
        </>
      )}
      {(reasonRequired.includes(action) || reasonOptional.includes(action)) && (
        <Form.Item
          name="reason"
          label={t.reason}
          extra={reasonRequired.includes(action) ? t.reasonHint : undefined}
          rules={reasonRequired.includes(action) ? [{ required: true, whitespace: true, min: 5, message: t.reasonHint }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount autoFocus data-testid="action-reason" />
        </Form.Item>
      )}
      {noteOptional.includes(action) && (
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={2000} autoFocus data-testid="action-note" />
        </Form.Item>
      )}
    </>
  );
}
