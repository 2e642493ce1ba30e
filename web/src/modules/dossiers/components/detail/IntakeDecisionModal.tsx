import { Alert, Button, Flex, Form, Input, Modal, Select, type FormInstance } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierDetail, IntakeDecision, IntakeDecisionName } from '../../api/dossiersApi';
import type { ActOutcome } from '../../hooks/useDossier';

type Values = { reason?: string; missingDocuments?: string[] };

type Props = {
  decision: IntakeDecisionName | null;
  dossier: DossierDetail;
  onDecide: (decision: IntakeDecision, form: FormInstance) => Promise<ActOutcome>;
  onClose: () => void;
};

function toDecision(decision: IntakeDecisionName, values: Values): IntakeDecision {
  const reason = values.reason?.trim() ?? '';
  if (decision === 'receive') return { decision };
  if (decision === 'refuse') return { decision, reason };
  return { decision, reason, missingDocuments: (values.missingDocuments ?? []).map((name) => name.trim()).filter(Boolean) };
}

/** The officer's decision on an online submission: receive it, guide the applicant once with everything missing, or refuse it. */
export function IntakeDecisionModal({ decision, dossier, onDecide, onClose }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={decision !== null} title={decision ? m.dossiers.decisions[decision] : ''} onCancel={onClose} footer={null} destroyOnHidden width={560}>
      {decision && <DecisionForm decision={decision} dossier={dossier} onDecide={onDecide} onClose={onClose} />}
    </Modal>
  );
}

function DecisionForm({ decision, dossier, onDecide, onClose }: Props & { decision: IntakeDecisionName }) {
  const { m } = useI18n();
  const t = m.dossiers.action;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const suggestions = dossier.documents.map((document) => ({ value: document.name, label: document.name }));

  const onFinish = async (values: Values) => {
    setBusy(true);
    const outcome = await onDecide(toDecision(decision, values), form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
      {decision === 'receive' && <Alert type="info" showIcon message={m.dossiers.decision.receiveHint} style={{ marginBottom: 16 }} />}
      {decision === 'guide' && (
        <Form.Item name="missingDocuments" label={t.missingDocuments} extra={t.missingHint} rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}>
          <Select mode="tags" tokenSeparators={[';']} options={suggestions} open={suggestions.length ? undefined : false} data-testid="decision-missing" />
        </Form.Item>
      )}
      {decision !== 'receive' && (
        <Form.Item name="reason" label={t.reason} extra={t.reasonHint} rules={[{ required: true, whitespace: true, min: 5, message: t.reasonHint }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount autoFocus data-testid="decision-reason" />
        </Form.Item>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" danger={decision === 'refuse'} htmlType="submit" loading={busy} autoFocus={decision === 'receive'} data-testid="decision-submit">
          {t.confirm}
        </Button>
      </Flex>
    </Form>
  );
}
