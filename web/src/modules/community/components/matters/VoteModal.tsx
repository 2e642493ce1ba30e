import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { voteForms } from '@contracts/community';
import { nowInVietnam, todayInVietnam, vietnamLocalToIso } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch } from '../../../reception/receptionText';
import { mattersApi, type MatterView, type VoteBody } from '../../api/mattersApi';
import { useCommunityText } from '../../communityText';
import type { RunCommand } from '../../hooks/useVersionedRecord';
import { useVillages } from '../../hooks/useVillages';

type VoteForm = VoteBody['form'];
type Cluster = { name?: string; present?: number; yes?: number; no?: number };
type Values = {
  villageUnitId?: string;
  form?: VoteForm;
  heldAt?: string;
  byClusters?: boolean;
  clusters?: Cluster[];
  present?: number;
  yes?: number;
  no?: number;
  ballot?: { teamSize?: number; announcedOn?: string; issued?: number; returned?: number };
};
type Props = { matter: MatterView; open: boolean; run: RunCommand<MatterView>; onClose: () => void };

function bodyOf(values: Values, commune: boolean): VoteBody {
  const form = values.form ?? 'meeting';
  const clustered = form === 'meeting' && values.byClusters;
  const ballot = values.ballot;
  return {
    form,
    heldAt: vietnamLocalToIso(values.heldAt ?? nowInVietnam()),
    ...(commune && values.villageUnitId ? { villageUnitId: values.villageUnitId } : {}),
    ...(clustered
      ? {
          clusters: (values.clusters ?? []).map((cluster) => ({
            name: cluster.name?.trim() ?? '',
            present: cluster.present ?? 0,
            yes: cluster.yes ?? 0,
            no: cluster.no ?? 0,
          })),
        }
      : { present: values.present ?? 0, yes: values.yes ?? 0, no: values.no ?? 0 }),
    ...(form === 'household_ballot' && ballot
      ? {
          ballot: {
            teamSize: ballot.teamSize ?? 3,
            announcedOn: ballot.announcedOn ?? todayInVietnam(),
            issued: ballot.issued ?? 0,
            returned: ballot.returned ?? 0,
          },
        }
      : {}),
  };
}

/** A village's vote on a matter: a meeting (by clusters in a village of 200 households or more), a household ballot, or online. */
export function VoteModal({ matter, open, run, onClose }: Props) {
  const text = useCommunityText();
  const t = text.matters;
  const { m } = useI18n();
  const { villages } = useVillages();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const voteForm = Form.useWatch('form', form);
  const byClusters = Form.useWatch('byClusters', form);
  const commune = matter.scope === 'commune';
  const required = { required: true, message: m.common.required };
  const number = (name: (string | number)[], label: string, testId?: string, min = 0, max = 100_000) => (
    <Form.Item name={name} label={label} rules={[required]} style={{ flex: '1 1 110px' }}>
      <InputNumber min={min} max={max} style={{ width: '100%' }} data-testid={testId} />
    </Form.Item>
  );

  const onFinish = async (values: Values) => {
    setBusy(true);
    const outcome = await run((version) => mattersApi.vote(matter.id, version, bodyOf(values, commune)), t.voted, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Modal open={open} title={t.vote} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          form: matter.status === 'ballot_required' ? 'household_ballot' : matter.form,
          heldAt: nowInVietnam(),
          byClusters: false,
          clusters: [{ name: '' }, { name: '' }],
          ballot: { teamSize: 3, announcedOn: todayInVietnam() },
        }}
        onFinish={(values) => void onFinish(values)}
        data-testid="vote-form"
      >
        {commune && (
          <Form.Item name="villageUnitId" label={t.village} rules={[required]}>
            <Select showSearch={foldedSearch} options={villages} data-testid="vote-village" />
          </Form.Item>
        )}
        <Form.Item name="form" label={t.form} rules={[required]}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={voteForms.map((value) => ({ value, label: <span data-testid={`vote-form-${value}`}>{t.forms[value]}</span> }))}
          />
        </Form.Item>
        <Form.Item name="heldAt" label={t.heldAt} rules={[required]}>
          <Input type="datetime-local" data-testid="vote-held-at" />
        </Form.Item>
        {voteForm === 'meeting' && (
          <Form.Item name="byClusters" valuePropName="checked">
            <Checkbox data-testid="vote-by-clusters">{t.byClusters}</Checkbox>
          </Form.Item>
        )}
        {voteForm === 'meeting' && byClusters ? (
          <Form.List name="clusters">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4} style={{ marginBottom: 16 }}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} wrap align="end" data-testid="vote-cluster">
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t.clusterName}
                      rules={[{ ...required, whitespace: true }]}
                      style={{ flex: '2 1 140px' }}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                    {number([field.name, 'present'], t.present)}
                    {number([field.name, 'yes'], t.yes)}
                    {number([field.name, 'no'], t.no)}
                    <Form.Item>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={m.common.remove}
                        disabled={fields.length <= 2}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                  {t.addCluster}
                </Button>
              </Flex>
            )}
          </Form.List>
        ) : (
          <Flex gap={12} wrap>
            {number(['present'], t.present, 'vote-present')}
            {number(['yes'], t.yes, 'vote-yes')}
            {number(['no'], t.no, 'vote-no')}
          </Flex>
        )}
        {voteForm === 'household_ballot' && (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontWeight: 600, fontSize: 14 }}>{t.ballot}</legend>
            <Flex gap={12} wrap>
              {number(['ballot', 'teamSize'], t.teamSize, 'vote-team-size', 3, 5)}
              <Form.Item name={['ballot', 'announcedOn']} label={t.announcedOn} rules={[required]} style={{ flex: '1 1 150px' }}>
                <Input type="date" data-testid="vote-announced-on" />
              </Form.Item>
            </Flex>
            <Flex gap={12} wrap>
              {number(['ballot', 'issued'], t.issued, 'vote-issued')}
              {number(['ballot', 'returned'], t.returned, 'vote-returned')}
            </Flex>
          </fieldset>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="vote-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
