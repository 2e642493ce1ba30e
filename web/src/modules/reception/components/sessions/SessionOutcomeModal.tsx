import { App, Button, Checkbox, Flex, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../platform/api/problem';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Session, SessionOutcome } from '@contracts/reception';
import { receptionApi } from '../../api/receptionApi';
import { optionalText } from '../../receptionText';

type Action = SessionOutcome['action'];
type Values = { action?: Action; heldByName?: string; delegated?: boolean; recordingRef?: string; note?: string; reason?: string };
type Props = { session: Session | null; onClose: () => void; onSaved: (session: Session) => void; onStale: () => void };

/** Records what became of a planned session: held (by the host or on the host's behalf), cancelled, an online session's points notified or confirmed. */
export function SessionOutcomeModal({ session, onClose, onSaved, onStale }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={session !== null} title={m.reception.outcome.title} onCancel={onClose} footer={null} destroyOnHidden>
      {session && <OutcomeForm session={session} onClose={onClose} onSaved={onSaved} onStale={onStale} />}
    </Modal>
  );
}

function OutcomeForm({ session, onClose, onSaved, onStale }: Props & { session: Session }) {
  const { m } = useI18n();
  const t = m.reception.outcome;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const action = Form.useWatch('action', form);
  const isOnline = session.form === 'online';
  const actions: Action[] = [
    'held',
    'cancelled',
    ...(isOnline && !session.pointsNotifiedAt ? (['points_notified'] as const) : []),
    ...(isOnline && session.pointsNotifiedAt && !session.pointsConfirmedAt ? (['points_confirmed'] as const) : []),
  ];
  const required = { required: true, whitespace: true, message: m.common.required };

  const bodyOf = (values: Values): SessionOutcome => {
    switch (values.action ?? 'held') {
      case 'held': {
        const recordingRef = optionalText(values.recordingRef);
        const note = optionalText(values.note);
        return {
          action: 'held',
          heldByName: optionalText(values.heldByName) ?? '',
          delegated: values.delegated ?? false,
          ...(recordingRef ? { recordingRef } : {}),
          ...(note ? { note } : {}),
        };
      }
      case 'cancelled':
        return { action: 'cancelled', reason: optionalText(values.reason) ?? '' };
      case 'points_notified':
        return { action: 'points_notified' };
      case 'points_confirmed':
        return { action: 'points_confirmed' };
    }
  };

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const saved = await receptionApi.outcome(session, bodyOf(values));
      void message.success(t.done);
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
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ action: 'held', heldByName: session.hostName, delegated: false }}
      onFinish={(values) => void onFinish(values)}
    >
      <Form.Item name="action" label={t.action}>
        <Radio.Group
          options={actions.map((value) => ({ value, label: <span data-testid={`outcome-${value}`}>{t.actions[value]}</span> }))}
        />
      </Form.Item>
      {action === 'held' && (
        <>
          <Form.Item name="heldByName" label={t.heldByName} rules={[required]}>
            <Input maxLength={200} data-testid="outcome-held-by" />
          </Form.Item>
          <Form.Item name="delegated" valuePropName="checked" extra={t.delegatedHint}>
            <Checkbox data-testid="outcome-delegated">{t.delegated}</Checkbox>
          </Form.Item>
          {isOnline && (
            <Form.Item name="recordingRef" label={t.recordingRef} extra={t.recordingRefHint} rules={[required]}>
              <Input maxLength={300} data-testid="outcome-recording" />
            </Form.Item>
          )}
          <Form.Item name="note" label={t.note}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="outcome-note" />
          </Form.Item>
        </>
      )}
      {action === 'cancelled' && (
        <Form.Item name="reason" label={t.reason} rules={[required]}>
          <Input maxLength={500} data-testid="outcome-reason" />
        </Form.Item>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="outcome-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}
