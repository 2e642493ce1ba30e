import { Alert, Button, Card, Flex, Progress, Tag, Typography } from 'antd';
import { formatDate } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import type { MatterView } from '../../api/mattersApi';
import { useCommunityText } from '../../communityText';

type Initiative = NonNullable<MatterView['initiative']>;

/** A citizen initiative's consents: the valid ones against 10% of the households, those lapsed, and the day it falls short. */
export function InitiativeCard({ initiative, canAdd, onAdd }: { initiative: Initiative; canAdd: boolean; onAdd: () => void }) {
  const t = useCommunityText().matters;
  const { valid, needed, expired, ready, fallsShortOn, asOf } = initiative;
  return (
    <Card
      title={t.initiative}
      style={{ marginBottom: 16 }}
      data-testid="matter-initiative"
      data-ready={ready}
      extra={
        canAdd ? (
          <Button type="primary" onClick={onAdd} data-testid="consents-add">
            {t.addConsents}
          </Button>
        ) : null
      }
    >
      {needed === null ? (
        <Alert type="warning" showIcon title={t.householdsUnknown} />
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={8} wrap align="center">
            <Typography.Text strong data-testid="initiative-progress">
              {format(t.initiativeProgress, { valid, needed })}
            </Typography.Text>
            <Typography.Text type="secondary">{format(t.asOf, { on: formatDate(asOf) })}</Typography.Text>
            <Tag color={ready ? 'green' : 'orange'}>{ready ? t.ready : t.notReady}</Tag>
          </Flex>
          <Progress
            percent={needed > 0 ? Math.min(100, Math.round((valid / needed) * 100)) : 0}
            status={ready ? 'success' : 'active'}
            showInfo={false}
          />
          <Flex gap={16} wrap>
            {expired > 0 && (
              <Typography.Text type="warning" data-testid="initiative-expired">
                {format(t.expired, { n: expired })}
              </Typography.Text>
            )}
            {fallsShortOn && (
              <Typography.Text type="danger" data-testid="initiative-falls-short">
                {format(t.fallsShortOn, { on: formatDate(fallsShortOn) })}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
