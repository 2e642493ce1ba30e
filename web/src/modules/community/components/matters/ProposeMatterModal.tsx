import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { matterProposers } from '@contracts/resident-matters';
import { voteForms } from '@contracts/community';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch, optionalText } from '../../../reception/receptionText';
import { mattersApi, type MatterBody, type MatterView } from '../../api/mattersApi';
import { useCommunityText } from '../../communityText';
import { useCommunes } from '../../hooks/useCommunes';
import { useVillages } from '../../hooks/useVillages';

type Values = Partial<Omit<MatterBody, 'title'>> & { title?: string };
type Props = { open: boolean; onClose: () => void; onProposed: (made: MatterView) => void };

export const matterItemOptions = (items: Record<number, string>) =>
  Object.entries(items).map(([value, label]) => ({ value: Number(value), label: `${value}. ${label}` }));

/** A matter put to residents: a village's, or a commune-wide item 1–2; who proposed it and how it is decided. */
export function ProposeMatterModal({ open, onClose, onProposed }: Props) {
  const text = useCommunityText();
  const t = text.matters;
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { villages } = useVillages();
  const { communes } = useCommunes();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const item = Form.useWatch('item', form);
  const required = { required: true, message: m.common.required };
  const units = [
    ...communes.map((commune) => ({ ...commune, label: `${commune.label} (${t.scopes.commune})` })),
    ...villages.filter((village) => !communes.some((commune) => commune.value === village.value)),
  ];
  // Items 3–5 are decided at a meeting, online only item 6 (art. 17).
  const forms = voteForms.filter((value) => (item && item >= 3 && item <= 5 ? value === 'meeting' : value !== 'online' || item === 6));

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const made = await mattersApi.propose({
        unitId: values.unitId ?? '',
        item: values.item ?? 6,
        title: optionalText(values.title) ?? '',
        proposer: values.proposer ?? 'village_head',
        proposedOn: values.proposedOn ?? todayInVietnam(),
        form: values.form ?? 'meeting',
      });
      void message.success(t.proposed);
      onProposed(made);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.propose} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ proposer: 'village_head', proposedOn: todayInVietnam(), form: 'meeting' }}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={(changed: Values, all: Values) => {
          const next = changed.item;
          if (next !== undefined && ((next >= 3 && next <= 5) || (next !== 6 && all.form === 'online')))
            form.setFieldValue('form', 'meeting');
        }}
        data-testid="matter-form"
      >
        <Form.Item name="unitId" label={t.unit} rules={[required]} extra={t.unitHint}>
          <Select showSearch={foldedSearch} options={units} data-testid="matter-unit" />
        </Form.Item>
        <Form.Item name="item" label={t.item} rules={[required]}>
          <Select options={matterItemOptions(t.items)} data-testid="matter-item" />
        </Form.Item>
        <Form.Item name="title" label={t.matterTitle} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} data-testid="matter-title" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="proposer" label={t.proposer} rules={[required]} style={{ flex: '1 1 200px' }}>
            <Select options={matterProposers.map((value) => ({ value, label: t.proposers[value] }))} data-testid="matter-proposer" />
          </Form.Item>
          <Form.Item name="proposedOn" label={t.proposedOn} rules={[required]} style={{ flex: '1 1 150px' }}>
            <Input type="date" />
          </Form.Item>
        </Flex>
        <Form.Item name="form" label={t.form} rules={[required]}>
          <Select options={forms.map((value) => ({ value, label: t.forms[value] }))} data-testid="matter-vote-form" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="matter-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
