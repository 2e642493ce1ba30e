import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select } from 'antd';
import { disclosureChannels, evidenceKinds } from '@contracts/disclosures';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import type { ChannelBody, ChannelKind, EvidenceKind } from '../../api/disclosuresApi';
import { useCommunityText } from '../../communityText';

export type EvidenceValues = { kind?: EvidenceKind; ref?: string; takenOn?: string };
export type ChannelValues = { kind?: ChannelKind; place?: string; startedOn?: string; endedOn?: string; evidence?: EvidenceValues[] };
type Path = (string | number)[];

/** The evidence lines filled in (a line without its reference is left out). */
export function evidenceOf(values: EvidenceValues[] | undefined) {
  return (values ?? []).flatMap((line) => {
    const ref = optionalText(line.ref);
    return ref ? [{ kind: line.kind ?? 'photo', ref, takenOn: line.takenOn ?? todayInVietnam() }] : [];
  });
}

export function channelOf(values: ChannelValues): ChannelBody {
  const place = optionalText(values.place);
  return {
    kind: values.kind ?? 'posting',
    startedOn: values.startedOn ?? todayInVietnam(),
    ...(place ? { place } : {}),
    ...(values.endedOn ? { endedOn: values.endedOn } : {}),
    evidence: evidenceOf(values.evidence),
  };
}

export const newEvidence = (): EvidenceValues => ({ kind: 'photo', takenOn: todayInVietnam() });

/** Dated evidence of a channel, one line each: what it is, its file, link or log number, the day it was made. */
export function EvidenceFields({ name }: { name: Path }) {
  const t = useCommunityText().disclosures;
  const { m } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Form.Item label={t.evidence} style={{ marginBottom: 12 }}>
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start" data-testid="evidence-line">
                <Form.Item name={[field.name, 'kind']} noStyle>
                  <Select
                    aria-label={t.evidence}
                    style={{ width: 140 }}
                    options={evidenceKinds.map((value) => ({ value, label: t.evidenceKinds[value] }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'ref']}
                  rules={[{ required: true, whitespace: true, message: m.common.required }]}
                  style={{ flex: '1 1 180px', marginBottom: 0 }}
                >
                  <Input maxLength={1000} placeholder={t.evidenceRef} aria-label={t.evidenceRef} data-testid="evidence-ref" />
                </Form.Item>
                <Form.Item name={[field.name, 'takenOn']} noStyle>
                  <Input type="date" aria-label={t.takenOn} style={{ width: 150 }} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={m.common.remove} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newEvidence())} data-testid="evidence-add">
              {t.addEvidence}
            </Button>
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** A channel: how the item went out, where, from and to which day, and its evidence. */
export function ChannelFields({ prefix = [] }: { prefix?: Path }) {
  const t = useCommunityText().disclosures;
  const { m } = useI18n();
  const required = { required: true, message: m.common.required };
  return (
    <>
      <Form.Item name={[...prefix, 'kind']} label={t.channel} rules={[required]}>
        <Select options={disclosureChannels.map((value) => ({ value, label: t.channelKinds[value] }))} data-testid="channel-kind" />
      </Form.Item>
      <Form.Item name={[...prefix, 'place']} label={t.place}>
        <Input maxLength={300} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name={[...prefix, 'startedOn']} label={t.startedOn} rules={[required]} style={{ flex: '1 1 150px' }}>
          <Input type="date" data-testid="channel-started" />
        </Form.Item>
        <Form.Item name={[...prefix, 'endedOn']} label={t.endedOn} style={{ flex: '1 1 150px' }}>
          <Input type="date" />
        </Form.Item>
      </Flex>
      <EvidenceFields name={[...prefix, 'evidence']} />
    </>
  );
}
