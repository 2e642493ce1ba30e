import { BellOutlined } from '@ant-design/icons';
import { Card, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { formatDate } from '../../../../platform/format/dates';
import { disclosuresApi } from '../../api/disclosuresApi';
import { communityPaths, reminderColours, useCommunityText } from '../../communityText';

/** What needs doing on the register: items due soon or overdue, postings at day 29 to check, broadcasts running. */
export function RemindersCard({ unitId }: { unitId: string }) {
  const t = useCommunityText().disclosures;
  const reminders = useApiQuery(`disclosure-reminders:${unitId}`, (signal) => disclosuresApi.reminders(unitId, signal));
  const items = reminders.data ?? [];
  return (
    <Card
      size="small"
      title={
        <span>
          <BellOutlined /> {t.reminders}
        </span>
      }
      style={{ marginBottom: 16 }}
      data-testid="disclosure-reminders"
    >
      <List
        size="small"
        loading={reminders.loading}
        dataSource={items}
        locale={{ emptyText: t.remindersEmpty }}
        renderItem={(reminder) => (
          <List.Item key={`${reminder.disclosureId}-${reminder.kind}`} data-kind={reminder.kind}>
            <Flex gap={8} wrap align="center" style={{ width: '100%' }}>
              <Tag color={reminderColours[reminder.kind]} style={{ marginInlineEnd: 0 }}>
                {t.reminderKinds[reminder.kind]}
              </Tag>
              <Typography.Text type="secondary">{formatDate(reminder.on)}</Typography.Text>
              <Link to={communityPaths.disclosure(reminder.disclosureId)} style={{ flex: '1 1 200px' }}>
                {reminder.item}. {reminder.title}
              </Link>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
