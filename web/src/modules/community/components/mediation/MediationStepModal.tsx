import { Button, Checkbox, Flex, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { mediationOutcomes, type MediationCase } from '@contracts/community';
import { nowInVietnam, vietnamLocalToIso } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import { mediationApi, type StepBody } from '../../api/mediationApi';
import { useCommunityText } from '../../communityText';
import type { RunCommand } from '../../hooks/useVersionedRecord';

export type StepKind = StepBody['step'];
type Outcome = (typeof mediationOutcomes)[number];
type Values = { at?: string; note?: string; outcome?: Outcome; agreementRef?: string; performance?: string; performed?: boolean };
type Props = { made: MediationCase; step: StepKind | null; run: RunCommand<MediationCase>; onClose: () => void };

function bodyOf(step: StepKind, values: Values): StepBody {
  const at = vietnamLocalToIso(values.at ?? nowInVietnam());
  const note = optionalText(values.note);
  switch (step) {
    case 'start':
      return { step, at };
    case 'session':
      return { step, at, note: note ?? '' };
    case 'end': {
      const agreementRef = optionalText(values.agreementRef);
      const performance = optionalText(values.performance);
      return {
        step,
        at,
        outcome: values.outcome ?? 'failure',
        ...(note ? { note } : {}),
        ...(values.outcome === 'success' && agreementRef ? { agreementRef } : {}),
        ...(values.outcome === 'success' && performance ? { performance } : {}),
      };
    }
    case 'follow_up':
      return { step, at, note: note ?? '', performed: values.performed ?? false };
  }
}

/** One step of a mediation, sent with the version shown: its time, and the note, outcome or follow-up it needs. */
export function MediationStepModal({ made, step, run, onClose }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const outcome = Form.useWatch('outcome', form);
  const text = { required: true, whitespace: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    if (!step) return;
    setBusy(true);
    const outcomeOfRun = await run((version) => mediationApi.step(made.id, version, bodyOf(step, values)), t.steps.done[step], form);
    setBusy(false);
    if (outcomeOfRun !== 'failed') onClose();
  };

  return (
    <Modal open={step !== null} title={step ? t.steps.actions[step] : ''} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ at: nowInVietnam(), performed: false }}
        onFinish={(values) => void onFinish(values)}
        data-testid="mediation-step-form"
      >
        <Form.Item name="at" label={t.common.at} rules={[{ required: true, message: m.common.required }]}>
          <Input type="datetime-local" data-testid="mediation-step-at" />
        </Form.Item>
        {step === 'end' && (
          <Form.Item name="outcome" label={t.steps.outcome} rules={[{ required: true, message: m.common.required }]}>
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={mediationOutcomes.map((value) => ({
                value,
                label: <span data-testid={`mediation-outcome-${value}`}>{t.steps.outcomes[value]}</span>,
              }))}
            />
          </Form.Item>
        )}
        {step === 'end' && outcome === 'success' && (
          <>
            <Form.Item name="agreementRef" label={t.cases.agreementRef}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="performance" label={t.steps.performance}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {step !== 'start' && (
          <Form.Item name="note" label={t.common.note} rules={step === 'end' ? [] : [text]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="mediation-step-note" />
          </Form.Item>
        )}
        {step === 'follow_up' && (
          <Form.Item name="performed" valuePropName="checked">
            <Checkbox>{t.steps.performed}</Checkbox>
          </Form.Item>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="mediation-step-submit">
            {t.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
