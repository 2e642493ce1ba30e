import { App, Button, Checkbox, Flex, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../platform/api/problem';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { vietnamLocalToIso } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { protectionMeasures, protectionRequesters, type ProtectionDecision, type ProtectionRequest } from '@contracts/petition-records';
import { recordsApi } from '../../api/recordsApi';

type Measure = (typeof protectionMeasures)[number];
type Requester = (typeof protectionRequesters)[number];
export type ProtectionAction = ProtectionDecision['action'];

/** A request to protect the denouncer or relatives: who asks, when, which measures. */
export function ProtectionRequestModal({
  open,
  petitionId,
  onClose,
  onDone,
}: {
  open: boolean;
  petitionId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { m } = useI18n();
  return (
    <Modal open={open} title={m.petitionRecords.protection.requestTitle} onCancel={onClose} footer={null} destroyOnHidden width={560}>
      {open && <RequestForm petitionId={petitionId} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

type RequestValues = { requestedAt?: string; requestedBy: Requester; measures: Measure[]; note?: string };

function RequestForm({ petitionId, onClose, onDone }: { petitionId: string; onClose: () => void; onDone: () => void }) {
  const { m } = useI18n();
  const t = m.petitionRecords.protection;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<RequestValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: RequestValues) => {
    setBusy(true);
    try {
      await recordsApi.requestProtection(petitionId, {
        requestedBy: values.requestedBy,
        measures: values.measures,
        ...(values.requestedAt ? { requestedAt: vietnamLocalToIso(values.requestedAt) } : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      });
      void message.success(t.recorded);
      onDone();
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<RequestValues>
      form={form}
      layout="vertical"
      initialValues={{ requestedBy: 'denouncer', measures: [] }}
      onFinish={(values) => void onFinish(values)}
    >
      <Form.Item name="requestedBy" label={t.requestedBy}>
        <Radio.Group
          options={protectionRequesters.map((value) => ({ value, label: t.requesters[value] }))}
          data-testid="protection-requested-by"
        />
      </Form.Item>
      <Form.Item name="requestedAt" label={t.requestedAt} extra={t.requestedAtHint}>
        <Input type="datetime-local" data-testid="protection-requested-at" />
      </Form.Item>
      <Form.Item name="measures" label={t.measuresAsked} rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}>
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={protectionMeasures.map((value) => ({ value, label: t.measures[value] }))}
          data-testid="protection-measures"
        />
      </Form.Item>
      <Form.Item name="note" label={t.note}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="protection-note" />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="protection-request-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}

type Deciding = { request: ProtectionRequest; action: ProtectionAction } | null;

/** A decision on a request: granted with the measures decided, refused with the reason, or a protection ended. */
export function ProtectionDecisionModal({ deciding, onClose, onDone }: { deciding: Deciding; onClose: () => void; onDone: () => void }) {
  const { m } = useI18n();
  return (
    <Modal
      open={deciding !== null}
      title={deciding ? m.petitionRecords.protection.decideTitle[deciding.action] : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={560}
    >
      {deciding && <DecisionForm request={deciding.request} action={deciding.action} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

type DecisionValues = { decisionRef?: string; measures?: Measure[]; reason?: string };

function DecisionForm({
  request,
  action,
  onClose,
  onDone,
}: {
  request: ProtectionRequest;
  action: ProtectionAction;
  onClose: () => void;
  onDone: () => void;
}) {
  const { m } = useI18n();
  const t = m.petitionRecords.protection;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<DecisionValues>();
  const [busy, setBusy] = useState(false);

  const decisionOf = (values: DecisionValues): ProtectionDecision => {
    const decisionRef = values.decisionRef?.trim() ?? '';
    const reason = values.reason?.trim() ?? '';
    if (action === 'grant') return { action, decisionRef, measures: values.measures ?? [] };
    if (action === 'refuse') return { action, decisionRef, reason };
    return { action, reason };
  };

  const onFinish = async (values: DecisionValues) => {
    setBusy(true);
    try {
      await recordsApi.decideProtection(request.id, decisionOf(values));
      void message.success(format(t.decided, { action: t.actions[action] }));
      onDone();
    } catch (error) {
      handleProblem(error, { form });
      // Decided meanwhile by someone else: the card shows where the request stands now.
      if (isApiError(error) && error.status === 409) onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<DecisionValues>
      form={form}
      layout="vertical"
      initialValues={{ measures: request.measuresAsked }}
      onFinish={(values) => void onFinish(values)}
    >
      {action !== 'end' && (
        <Form.Item name="decisionRef" label={t.decisionRef} rules={[{ required: true, whitespace: true, message: m.common.required }]}>
          <Input maxLength={100} autoFocus data-testid="protection-decision-ref" />
        </Form.Item>
      )}
      {action === 'grant' && (
        <Form.Item
          name="measures"
          label={t.measuresGranted}
          rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}
        >
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={protectionMeasures.map((value) => ({ value, label: t.measures[value] }))}
          />
        </Form.Item>
      )}
      {action !== 'grant' && (
        <Form.Item name="reason" label={t.reason} rules={[{ required: true, whitespace: true, min: 3, message: m.common.required }]}>
          <Input.TextArea rows={3} maxLength={1000} autoFocus={action === 'end'} data-testid="protection-reason" />
        </Form.Item>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" danger={action !== 'grant'} htmlType="submit" loading={busy} data-testid="protection-decision-submit">
          {t.actions[action]}
        </Button>
      </Flex>
    </Form>
  );
}
