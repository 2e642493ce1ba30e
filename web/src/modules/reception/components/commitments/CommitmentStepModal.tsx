import { App, Button, Flex, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../platform/api/problem';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Commitment, CommitmentStep } from '@contracts/dialogues';
import { commitmentsApi } from '../../api/commitmentsApi';
import { optionalText } from '../../receptionText';

export type StepAction = CommitmentStep['action'];
type Values = { progressPct?: number | null; evidence?: string; reason?: string };
type Props = {
  commitment: Commitment;
  version: number;
  action: StepAction | null;
  onClose: () => void;
  onSaved: (commitment: Commitment) => void;
  onStale: () => void;
};

/** The owner's report, sent with the version shown: progress or done with its evidence, or cancelled with the reason. */
export function CommitmentStepModal({ commitment, version, action, onClose, onSaved, onStale }: Props) {
  const { m } = useI18n();
  const t = m.commitments.step;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const text = { required: true, whitespace: true, message: m.common.required };

  const bodyOf = (step: StepAction, values: Values): CommitmentStep => {
    switch (step) {
      case 'progress':
        return { action: 'progress', progressPct: values.progressPct ?? 0, evidence: optionalText(values.evidence) ?? '' };
      case 'done':
        return { action: 'done', evidence: optionalText(values.evidence) ?? '' };
      case 'cancel':
        return { action: 'cancel', reason: optionalText(values.reason) ?? '' };
    }
  };

  const onFinish = async (values: Values) => {
    if (!action) return;
    setBusy(true);
    try {
      const saved = await commitmentsApi.step(commitment.id, version, bodyOf(action, values));
      void message.success(t.done[action]);
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        void message.warning({ content: `${m.errors.staleTitle}. ${m.errors.staleDetail}`, duration: 8 });
        onStale();
      } else {
        handleProblem(error, { form });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={action !== null} title={action ? t.titles[action] : ''} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ progressPct: Math.min(99, Math.max(commitment.progressPct, 10)) }}
        onFinish={(values) => void onFinish(values)}
      >
        {action === 'progress' && (
          <Form.Item name="progressPct" label={t.progressPct} rules={[{ required: true, message: m.common.required }]}>
            <InputNumber<number> min={0} max={99} precision={0} suffix="%" style={{ width: 160 }} data-testid="commitment-progress-pct" />
          </Form.Item>
        )}
        {(action === 'progress' || action === 'done') && (
          <Form.Item name="evidence" label={t.evidence} extra={`${t.expected}: ${commitment.expectedEvidence}`} rules={[text]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="commitment-evidence" />
          </Form.Item>
        )}
        {action === 'cancel' && (
          <Form.Item name="reason" label={t.reason} rules={[text]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="commitment-reason" />
          </Form.Item>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" danger={action === 'cancel'} htmlType="submit" loading={busy} data-testid="commitment-step-submit">
            {t.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
