import { Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { recognitionLevels, type RecognitionLevel } from '@contracts/mobilisation-models';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import { modelsApi, type ModelStepBody, type ModelView } from '../../api/modelsApi';
import { useCommunityText } from '../../communityText';
import type { RunCommand } from '../../hooks/useVersionedRecord';

export type ModelStepKind = ModelStepBody['step'];
type Values = {
  on?: string;
  note?: string;
  evidence?: string;
  result?: string;
  level?: RecognitionLevel;
  decisionRef?: string;
  reason?: string;
};
type Props = { model: ModelView; step: ModelStepKind | null; run: RunCommand<ModelView>; onClose: () => void };

const text = (value: string | undefined) => optionalText(value) ?? '';

function bodyOf(step: ModelStepKind, values: Values): ModelStepBody {
  const on = values.on ?? todayInVietnam();
  switch (step) {
    case 'launch':
      return { step, on };
    case 'monitor':
      return { step, on, note: text(values.note) };
    case 'evaluate':
      return { step, on, evidence: text(values.evidence), result: text(values.result) };
    case 'recognise':
      return { step, on, level: values.level ?? 'grassroots', decisionRef: text(values.decisionRef) };
    case 'discontinue':
      return { step, on, reason: text(values.reason) };
  }
}

/** One step in a model's life, sent with the version shown: launched, followed, evaluated, recognised or discontinued. */
export function ModelStepModal({ model, step, run, onClose }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, whitespace: true, message: m.common.required };
  const area = (name: keyof Values, label: string, max: number) => (
    <Form.Item name={name} label={label} rules={[required]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={max} />
    </Form.Item>
  );

  const onFinish = async (values: Values) => {
    if (!step) return;
    setBusy(true);
    const outcome = await run((version) => modelsApi.step(model.id, version, bodyOf(step, values)), t.models.stepDone, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Modal open={step !== null} title={step ? t.models.stepActions[step] : ''} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={{ on: todayInVietnam() }} onFinish={(values) => void onFinish(values)}>
        <Form.Item name="on" label={t.common.on} rules={[{ required: true, message: m.common.required }]}>
          <Input type="date" />
        </Form.Item>
        {step === 'monitor' && area('note', t.common.note, 2000)}
        {step === 'evaluate' && (
          <>
            {area('evidence', t.models.evidence, 2000)}
            {area('result', t.models.result, 1000)}
          </>
        )}
        {step === 'recognise' && (
          <>
            <Form.Item name="level" label={t.models.level} rules={[{ required: true, message: m.common.required }]}>
              <Select options={recognitionLevels.map((value) => ({ value, label: t.models.levels[value] }))} />
            </Form.Item>
            <Form.Item name="decisionRef" label={t.models.decisionRef} rules={[required]}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        {step === 'discontinue' && area('reason', t.models.reason, 1000)}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" danger={step === 'discontinue'} htmlType="submit" loading={busy}>
            {t.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
