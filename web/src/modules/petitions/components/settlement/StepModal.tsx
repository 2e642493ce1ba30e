import { Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { SettlementDetail, SettlementStep } from '@contracts/settlements';
import type { RecordStep } from '../../hooks/useSettlement';
import { StepFields } from './StepFields';
import { toStep, type StepValues } from './stepForm';

type StepName = SettlementStep['step'];
type Props = { open: boolean; settlement: SettlementDetail; steps: StepName[]; onRecord: RecordStep; onClose: () => void };

/** Records one step: choose it, and the fields that step asks for appear; sent with the version shown. */
export function StepModal({ open, settlement, steps, onRecord, onClose }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={open} title={m.settlements.step.title} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      {open && <StepForm settlement={settlement} steps={steps} onRecord={onRecord} onClose={onClose} />}
    </Modal>
  );
}

function StepForm({ settlement, steps, onRecord, onClose }: Omit<Props, 'open'>) {
  const { m } = useI18n();
  const t = m.settlements.step;
  const [form] = Form.useForm<StepValues>();
  const [busy, setBusy] = useState(false);
  const step = Form.useWatch('step', form);
  const first = settlement.missingBeforeDecision.length > 0 && steps.includes('notify') ? 'notify' : steps[0];

  const onFinish = async (values: StepValues) => {
    if (!values.step) return;
    setBusy(true);
    const outcome = await onRecord(toStep(values.step, values), format(t.done, { step: m.settlements.steps[values.step] }), form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Form<StepValues>
      form={form}
      layout="vertical"
      initialValues={{
        step: first,
        result: settlement.kind === 'recommendation' ? 'answered' : undefined,
        attendance: 'held',
        scope: 'whole',
        recipients: ['petitioner'],
      }}
      onFinish={(values) => void onFinish(values)}
    >
      <Form.Item name="step" label={t.step} rules={[{ required: true, message: m.common.required }]}>
        <Select
          data-testid="step-select"
          data-value={step ?? ''}
          options={steps.map((value) => ({ value, label: m.settlements.steps[value] }))}
        />
      </Form.Item>
      {step && <StepFields step={step} kind={settlement.kind} />}
      <Form.Item name="at" label={t.at} extra={t.atHint}>
        <Input type="datetime-local" data-testid="step-at" />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="step-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}
