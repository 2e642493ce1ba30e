import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { FiguresPanel } from './FiguresPanel';

/** The petition figures of the working unit (with the units under it) and its national-database outbox. */
export function PetitionFiguresPage() {
  const { m } = useI18n();
  const navigate = useNavigate();
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  return (
    <Card>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/petitions')} style={{ paddingInline: 0 }}>
        {m.petitions.detail.back}
      </Button>
      <Flex align="baseline" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="figures-title">
          {m.petitionFigures.title}
        </Typography.Title>
        {current?.name ? <Typography.Text type="secondary">{current.name}</Typography.Text> : null}
      </Flex>
      <FiguresPanel key={unitId ?? '*'} unitId={unitId} />
    </Card>
  );
}
