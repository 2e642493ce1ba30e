import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../platform/i18n/useI18n';
import { useOperationsOverview } from '../hooks/useOperations';
import { useOperationsText } from '../operationsText';
import { BackupsCard } from './BackupsCard';
import { OutboxCard } from './OutboxCard';
import { ServiceHealthCards } from './ServiceHealthCards';

/** For an administrator: the state of each service, the backups (with "back up now") and the messages that did not go out. */
export function OperationsPage() {
  const t = useOperationsText();
  const { m } = useI18n();
  const overview = useOperationsOverview();
  const [refresh, setRefresh] = useState(0);
  const reloadAll = () => {
    overview.reload();
    setRefresh((value) => value + 1);
  };
  const view = overview.data;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1280 }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reloadAll} loading={overview.loading && !!view} data-testid="operations-refresh">
          {t.refresh}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t.intro}</Typography.Text>

      {!view && overview.problem ? (
        <Alert
          type="error"
          showIcon
          title={overview.problem.title}
          description={overview.problem.detail}
          action={<Button onClick={overview.reload}>{m.common.reload}</Button>}
        />
      ) : null}
      {!view && !overview.problem ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : null}

      {view ? (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t.health.title}
          </Typography.Title>
          <ServiceHealthCards readiness={view.readiness} />
          <BackupsCard view={view} onChanged={overview.reload} />
        </>
      ) : null}
      <OutboxCard refresh={refresh} onRetried={overview.reload} />
    </Flex>
  );
}
