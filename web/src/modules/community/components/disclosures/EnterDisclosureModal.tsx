import { App, Button, Checkbox, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch, optionalText } from '../../../reception/receptionText';
import { disclosuresApi, type DisclosureView } from '../../api/disclosuresApi';
import { useCommunityText } from '../../communityText';
import { useCommunes } from '../../hooks/useCommunes';
import { ChannelFields, channelOf, newEvidence, type ChannelValues } from './ChannelFields';

type Values = {
  unitId?: string;
  item?: number;
  title?: string;
  documentRef?: string;
  documentDate?: string;
  disclosed?: boolean;
  channel?: ChannelValues;
};
type Props = { open: boolean; onClose: () => void; onEntered: (made: DisclosureView) => void };

const channelFieldMap = Object.fromEntries(['kind', 'place', 'startedOn', 'endedOn'].map((key) => [`channels.0.${key}`, `channel.${key}`]));

export const itemOptions = (titles: Record<number, string>) =>
  Object.entries(titles).map(([value, label]) => ({ value: Number(value), label: `${value}. ${label}` }));

/** A disclosure entered in the commune's register: its item, document, and the first channel when it has gone out. */
export function EnterDisclosureModal({ open, onClose, onEntered }: Props) {
  const text = useCommunityText();
  const t = text.disclosures;
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { communes, firstId } = useCommunes();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const disclosed = Form.useWatch('disclosed', form);
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const documentRef = optionalText(values.documentRef);
      const made = await disclosuresApi.enter({
        unitId: values.unitId ?? '',
        item: values.item ?? 14,
        title: optionalText(values.title) ?? '',
        documentDate: values.documentDate ?? todayInVietnam(),
        ...(documentRef ? { documentRef } : {}),
        channels: values.disclosed && values.channel ? [channelOf(values.channel)] : [],
      });
      void message.success(t.entered);
      onEntered(made);
    } catch (error) {
      handleProblem(error, { form, fieldMap: channelFieldMap });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.enter} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          unitId: firstId,
          documentDate: todayInVietnam(),
          disclosed: false,
          channel: { kind: 'posting', startedOn: todayInVietnam(), evidence: [newEvidence()] },
        }}
        onFinish={(values) => void onFinish(values)}
        data-testid="disclosure-form"
      >
        <Form.Item name="unitId" label={t.commune} rules={[required]}>
          <Select showSearch={foldedSearch} options={communes} data-testid="disclosure-unit" />
        </Form.Item>
        <Form.Item name="item" label={t.item} rules={[required]}>
          <Select showSearch={foldedSearch} options={itemOptions(t.itemTitles)} data-testid="disclosure-item" />
        </Form.Item>
        <Form.Item name="title" label={t.docTitle} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} data-testid="disclosure-title" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="documentRef" label={t.documentRef} style={{ flex: '1 1 180px' }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="documentDate" label={t.documentDate} rules={[required]} style={{ flex: '1 1 150px' }}>
            <Input type="date" data-testid="disclosure-document-date" />
          </Form.Item>
        </Flex>
        <Form.Item name="disclosed" valuePropName="checked">
          <Checkbox data-testid="disclosure-disclosed">{t.firstChannel}</Checkbox>
        </Form.Item>
        {disclosed && <ChannelFields prefix={['channel']} />}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="disclosure-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
