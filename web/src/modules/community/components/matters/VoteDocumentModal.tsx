import { Button, Flex, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { format } from '../../../../platform/i18n/format';
import { optionalText } from '../../../reception/receptionText';
import { mattersApi, type DocumentBody, type MatterView, type MatterVoteView, type RecognitionBody } from '../../api/mattersApi';
import { useCommunityText } from '../../communityText';
import type { RunPlain } from '../../hooks/useCommand';

export type VoteStep = { kind: 'document' | 'recognition'; vote: MatterVoteView };
type Values = {
  decisionRef?: string;
  sentOn?: string;
  villageHead?: string;
  frontHead?: string;
  first?: string;
  second?: string;
  decision?: RecognitionBody['decision'];
  on?: string;
  ref?: string;
  reason?: string;
};
type Props = { matter: MatterView; step: VoteStep | null; run: RunPlain; onClose: () => void };

const text = (value: string | undefined) => optionalText(value) ?? '';

function documentOf(values: Values): DocumentBody {
  return {
    decisionRef: text(values.decisionRef),
    sentOn: values.sentOn ?? todayInVietnam(),
    signatories: {
      villageHead: text(values.villageHead),
      frontHead: text(values.frontHead),
      householdRepresentatives: [text(values.first), text(values.second)],
    },
  };
}

function recognitionOf(values: Values): RecognitionBody {
  const on = values.on ?? todayInVietnam();
  const ref = optionalText(values.ref);
  return values.decision === 'refused'
    ? { decision: 'refused', on, reason: text(values.reason), ...(ref ? { ref } : {}) }
    : { decision: 'recognised', on, ref: ref ?? '' };
}

/**
 * The village's decision document sent to the commune (signed by the village head, the Front
 * committee head and two household representatives), or the commune's recognition of an item 3–5;
 * sent with the vote's version.
 */
export function VoteDocumentModal({ matter, step, run, onClose }: Props) {
  const all = useCommunityText();
  const t = all.matters;
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const decision = Form.useWatch('decision', form);
  const required = { required: true, whitespace: true, message: m.common.required };
  const line = (name: keyof Values, label: string, max = 200) => (
    <Form.Item name={name} label={label} rules={[required]} style={{ flex: '1 1 200px' }}>
      <Input maxLength={max} data-testid={`vote-document-${name}`} />
    </Form.Item>
  );

  const onFinish = async (values: Values) => {
    if (!step) return;
    setBusy(true);
    const outcome =
      step.kind === 'document'
        ? await run(() => mattersApi.document(matter.id, step.vote, documentOf(values)), t.documentRecorded, form)
        : await run(() => mattersApi.recognition(matter.id, step.vote, recognitionOf(values)), t.recognitionRecorded, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  const title = step?.kind === 'recognition' ? t.recordRecognition : t.recordDocument;
  const due = step?.kind === 'recognition' ? step.vote.recognitionDueOn : step?.vote.sendDueOn;
  return (
    <Modal open={step !== null} title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ sentOn: todayInVietnam(), on: todayInVietnam(), decision: 'recognised' }}
        onFinish={(values) => void onFinish(values)}
        data-testid="vote-document-form"
      >
        {step?.kind === 'document' ? (
          <>
            <Flex gap={12} wrap>
              {line('decisionRef', t.decisionRef, 100)}
              <Form.Item
                name="sentOn"
                label={t.sentOn}
                extra={due ? format(t.sendDueOn, { on: formatDate(due) }) : undefined}
                rules={[required]}
                style={{ flex: '1 1 150px' }}
              >
                <Input type="date" />
              </Form.Item>
            </Flex>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontWeight: 600, fontSize: 14 }}>{t.signatories}</legend>
              <Flex gap={12} wrap>
                {line('villageHead', t.villageHead)}
                {line('frontHead', t.frontHead)}
              </Flex>
              <Flex gap={12} wrap>
                {line('first', format(t.representative, { n: 1 }))}
                {line('second', format(t.representative, { n: 2 }))}
              </Flex>
            </fieldset>
          </>
        ) : (
          <>
            <Form.Item name="decision" label={t.decision} rules={[required]}>
              <Radio.Group
                options={(['recognised', 'refused'] as const).map((value) => ({ value, label: t.decisions[value] }))}
                data-testid="recognition-decision"
              />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item
                name="on"
                label={all.common.on}
                extra={due ? format(t.recognitionDueOn, { on: formatDate(due) }) : undefined}
                rules={[required]}
                style={{ flex: '1 1 150px' }}
              >
                <Input type="date" />
              </Form.Item>
              <Form.Item name="ref" label={t.recognitionRef} rules={decision === 'refused' ? [] : [required]} style={{ flex: '1 1 200px' }}>
                <Input maxLength={100} data-testid="recognition-ref" />
              </Form.Item>
            </Flex>
            {decision === 'refused' && (
              <Form.Item name="reason" label={t.reason} rules={[required]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
              </Form.Item>
            )}
          </>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="vote-document-submit">
            {all.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
