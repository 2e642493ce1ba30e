import { App, Button, Checkbox, Col, Divider, Flex, Form, Input, InputNumber, Modal, Radio, Row } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../platform/api/problem';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Dialogue } from '@contracts/dialogues';
import { dialoguesApi } from '../../api/dialoguesApi';
import { ConclusionsEditor } from '../conclusions/ConclusionsEditor';
import { ParticipantsEditor } from './ParticipantsEditor';
import { newMinutesValues, toMinutes, type MinutesOutcome, type MinutesValues } from './dialogueForms';

type Props = {
  dialogue: Dialogue;
  version: number;
  open: boolean;
  onClose: () => void;
  onSaved: (dialogue: Dialogue) => void;
  onStale: () => void;
};

/**
 * The minutes of a dialogue, sent with the version shown: held (participants and their opinions,
 * what was agreed and what still differs, signatures, copies; each conclusion made a commitment),
 * the complainant absent, or cancelled.
 */
export function MinutesModal({ dialogue, version, open, onClose, onSaved, onStale }: Props) {
  const { m } = useI18n();
  const t = m.dialogues.minutes;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<MinutesValues>();
  const [busy, setBusy] = useState(false);
  const outcome = Form.useWatch('outcome', form);
  const required = { required: true, message: m.common.required };
  const text = { ...required, whitespace: true };
  const outcomes: MinutesOutcome[] = ['held', ...(dialogue.kind === 'complaint_case' ? (['ended_absent'] as const) : []), 'cancelled'];

  const onFinish = async (values: MinutesValues) => {
    setBusy(true);
    try {
      const saved = await dialoguesApi.minutes(dialogue.id, version, toMinutes(values));
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
    <Modal open={open} title={t.title} onCancel={onClose} footer={null} destroyOnHidden width={1000}>
      <Form<MinutesValues> form={form} layout="vertical" initialValues={newMinutesValues()} onFinish={(values) => void onFinish(values)}>
        <Form.Item name="outcome" label={t.outcome}>
          <Radio.Group
            options={outcomes.map((value) => ({ value, label: <span data-testid={`minutes-outcome-${value}`}>{t.outcomes[value]}</span> }))}
          />
        </Form.Item>
        {outcome !== 'cancelled' && (
          <Row gutter={12}>
            <Col xs={24} sm={12} md={8}>
              <Form.Item name="heldAt" label={t.heldAt} rules={[required]}>
                <Input type="datetime-local" data-testid="minutes-held-at" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8}>
              <Form.Item name="minutesRef" label={t.minutesRef}>
                <Input maxLength={100} data-testid="minutes-ref" />
              </Form.Item>
            </Col>
            {outcome === 'held' ? (
              <>
                <Col xs={12} md={4}>
                  <Form.Item name="attendeesCount" label={t.attendees} rules={[required]}>
                    <InputNumber<number> min={1} max={100_000} precision={0} style={{ width: '100%' }} data-testid="minutes-attendees" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name="copies" label={t.copies} extra={t.copiesHint}>
                    <InputNumber<number> min={3} max={20} precision={0} style={{ width: '100%' }} data-testid="minutes-copies" />
                  </Form.Item>
                </Col>
              </>
            ) : (
              <>
                <Col xs={12} md={4}>
                  <Form.Item name="notices" label={t.notices} rules={[required]}>
                    <InputNumber<number> min={1} max={10} precision={0} style={{ width: '100%' }} data-testid="minutes-notices" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name="goodReason" label=" " valuePropName="checked">
                    <Checkbox data-testid="minutes-good-reason">{t.goodReason}</Checkbox>
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
        )}
        {outcome === 'held' && (
          <>
            <Divider titlePlacement="start" plain style={{ marginBlock: 8 }}>
              {t.participants}
            </Divider>
            <ParticipantsEditor />
            <Form.Item name="agreed" label={t.agreed} rules={[text]} style={{ marginTop: 16 }}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={8000} data-testid="minutes-agreed" />
            </Form.Item>
            <Form.Item name="differences" label={t.differences}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={8000} data-testid="minutes-differences" />
            </Form.Item>
            <Divider titlePlacement="start" plain style={{ marginBlock: 8 }}>
              {t.conclusions}
            </Divider>
            <ConclusionsEditor defaultUnit={{ id: dialogue.unitId, code: null, name: dialogue.unitName }} testId="minutes-conclusions" />
          </>
        )}
        {outcome === 'cancelled' && (
          <Form.Item name="reason" label={t.reason} rules={[text]}>
            <Input maxLength={500} data-testid="minutes-reason" />
          </Form.Item>
        )}
        <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="minutes-submit">
            {t.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
