import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { disclosuresApi, type ChannelView } from '../../api/disclosuresApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useVersionedRecord } from '../../hooks/useVersionedRecord';
import { DisclosureProblemTags } from '../CommunityTags';
import { BackBar, RecordPending } from '../PageTop';
import { ChannelModal, type ChannelAction } from './ChannelModal';

/** A disclosure: its item and document, the legal timing and what it lacks, its channels with their days and evidence. */
export function DisclosurePage() {
  const text = useCommunityText();
  const t = text.disclosures;
  const { id = '' } = useParams();
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const {
    record: made,
    version,
    loading,
    problem,
    reload,
    run,
  } = useVersionedRecord(`disclosure:${id}`, (signal) => disclosuresApi.get(id, signal));
  const [action, setAction] = useState<ChannelAction | null>(null);

  if (!made || version === undefined)
    return <RecordPending back={communityPaths.disclosures} failed={problem !== null} loading={loading} />;
  const canManage = can('community.manage');
  const rules = [
    made.permanent ? t.permanent : null,
    made.minPostingDays ? format(t.minPosting, { n: made.minPostingDays }) : null,
    made.minLoudspeakerDays ? format(t.minLoudspeaker, { n: made.minLoudspeakerDays }) : null,
  ].filter((rule): rule is string => rule !== null);

  return (
    <div data-testid="disclosure-page" data-version={version}>
      <Card style={{ marginBottom: 16 }}>
        <BackBar to={communityPaths.disclosures} loading={loading} onReload={reload} />
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="disclosure-heading">
            {made.title}
          </Typography.Title>
          <Flex gap={8} wrap>
            <Tag color={made.current ? 'blue' : 'default'}>{made.current ? t.current : t.archived}</Tag>
            <DisclosureProblemTags problems={made.problems} />
          </Flex>
        </Flex>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: isPhone ? 110 : 190 } }}
          items={[
            { key: 'unit', label: t.commune, children: made.unitName },
            { key: 'item', label: t.item, children: `${made.item}. ${t.itemTitles[made.item] ?? made.itemTitle}` },
            ...(made.documentRef ? [{ key: 'ref', label: t.documentRef, children: made.documentRef }] : []),
            { key: 'date', label: t.documentDate, children: formatDate(made.documentDate) },
            { key: 'due', label: t.dueOn, children: formatDate(made.dueOn) },
            { key: 'disclosed', label: t.disclosedOn, children: formatDate(made.disclosedOn) || t.notYet },
            ...(rules.length ? [{ key: 'rules', label: t.problems, children: rules.join(' · ') }] : []),
            { key: 'basis', label: t.basis, children: made.basis },
          ]}
        />
      </Card>
      <Card
        title={t.channels}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAction('add')} data-testid="channel-add">
              {isPhone ? null : t.addChannel}
            </Button>
          ) : null
        }
      >
        <Table<ChannelView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={made.channels}
          locale={{ emptyText: t.noChannels }}
          scroll={isPhone ? undefined : { x: 760 }}
          data-testid="disclosure-channels"
          columns={[
            {
              key: 'kind',
              title: t.channel,
              render: (_value, channel) => (
                <Flex vertical>
                  <Typography.Text strong>{t.channelKinds[channel.kind]}</Typography.Text>
                  {channel.place ? <Typography.Text type="secondary">{channel.place}</Typography.Text> : null}
                  {isPhone ? <span>{period(channel)}</span> : null}
                  {isPhone ? evidence(channel) : null}
                </Flex>
              ),
            },
            {
              key: 'period',
              title: `${t.startedOn} – ${t.endedOn}`,
              width: 200,
              hidden: isPhone,
              render: (_value, channel) => period(channel),
            },
            {
              key: 'days',
              title: t.daysTitle,
              width: 90,
              render: (_value, channel) => <span data-testid="channel-days">{format(t.days, { n: channel.days })}</span>,
            },
            {
              key: 'evidence',
              title: t.evidence,
              hidden: isPhone,
              render: (_value, channel) => evidence(channel),
            },
            {
              key: 'end',
              width: 100,
              hidden: !canManage,
              render: (_value, channel) =>
                channel.endedOn ? null : (
                  <Button size="small" onClick={() => setAction(channel)} data-testid="channel-end">
                    {t.endChannel}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <ChannelModal made={made} action={action} run={run} onClose={() => setAction(null)} />
    </div>
  );

  function evidence(channel: ChannelView) {
    if (channel.evidence.length === 0) return <Typography.Text type="warning">{t.noEvidence}</Typography.Text>;
    return channel.evidence.map((line, index) => (
      <Typography.Text key={index} type="secondary" style={{ display: 'block' }}>
        {t.evidenceKinds[line.kind]}: {line.ref} ({formatDate(line.takenOn)})
      </Typography.Text>
    ));
  }

  function period(channel: ChannelView) {
    return `${formatDate(channel.startedOn)} – ${channel.endedOn ? formatDate(channel.endedOn) : t.running}`;
  }
}
