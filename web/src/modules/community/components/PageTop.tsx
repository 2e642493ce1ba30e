import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../platform/i18n/useI18n';
import { useCommunityText } from '../communityText';

/** The back link and the reload button at the top of a record's page. */
export function BackBar({ to, loading, onReload }: { to: string; loading?: boolean; onReload?: () => void }) {
  const t = useCommunityText();
  const { m } = useI18n();
  const navigate = useNavigate();
  return (
    <Flex justify="space-between" align="center">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate(to)} style={{ paddingInline: 0 }}>
        {t.common.back}
      </Button>
      {onReload && <Button type="text" icon={<ReloadOutlined />} loading={loading} onClick={onReload} aria-label={m.common.reload} />}
    </Flex>
  );
}

/** A record's page before its record has come: a spinner, or "not found" once the load has failed. */
export function RecordPending({ back, failed, loading }: { back: string; failed: boolean; loading: boolean }): ReactNode {
  const t = useCommunityText();
  return (
    <Card>
      <BackBar to={back} />
      {failed && !loading ? <Result status="404" title={t.common.notFound} /> : <Spin spinning style={{ display: 'block', padding: 48 }} />}
    </Card>
  );
}
