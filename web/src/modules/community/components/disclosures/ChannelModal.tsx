import { Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { format } from '../../../../platform/i18n/format';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { disclosuresApi, type ChannelView, type DisclosureView } from '../../api/disclosuresApi';
import { useCommunityText } from '../../communityText';
import type { RunCommand } from '../../hooks/useVersionedRecord';
import {
  ChannelFields,
  EvidenceFields,
  channelOf,
  evidenceOf,
  newEvidence,
  type ChannelValues,
  type EvidenceValues,
} from './ChannelFields';

/** `add`: a new channel; a channel: that channel ended. */
export type ChannelAction = 'add' | ChannelView;
type Values = ChannelValues & { endedOn?: string; evidence?: EvidenceValues[] };
type Props = { made: DisclosureView; action: ChannelAction | null; run: RunCommand<DisclosureView>; onClose: () => void };

/** A channel added to a disclosure, or one ended (a posting taken down, a broadcast over), with its evidence; sent with the version shown. */
export function ChannelModal({ made, action, run, onClose }: Props) {
  const text = useCommunityText();
  const t = text.disclosures;
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const ending = action !== null && action !== 'add' ? action : null;

  const onFinish = async (values: Values) => {
    if (!action) return;
    setBusy(true);
    const outcome = ending
      ? await run(
          (version) =>
            disclosuresApi.endChannel(made.id, ending.id, version, {
              endedOn: values.endedOn ?? todayInVietnam(),
              evidence: evidenceOf(values.evidence),
            }),
          t.channelEnded,
          form,
        )
      : await run((version) => disclosuresApi.addChannel(made.id, version, channelOf(values)), t.channelAdded, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  const title = ending ? format(t.endChannelTitle, { channel: t.channelKinds[ending.kind] }) : t.addChannel;
  return (
    <Modal open={action !== null} title={title} onCancel={onClose} footer={null} destroyOnHidden width={600}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          ending
            ? { endedOn: todayInVietnam(), evidence: [newEvidence()] }
            : { kind: 'posting', startedOn: todayInVietnam(), evidence: [newEvidence()] }
        }
        onFinish={(values) => void onFinish(values)}
        data-testid="channel-form"
      >
        {ending ? (
          <>
            <Form.Item name="endedOn" label={t.endedOn} rules={[{ required: true, message: m.common.required }]}>
              <Input type="date" data-testid="channel-ended" />
            </Form.Item>
            <EvidenceFields name={['evidence']} />
          </>
        ) : (
          <ChannelFields />
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="channel-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
