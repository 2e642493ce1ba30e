import { InfoCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Statistic, Tooltip, Typography } from 'antd';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { FigureRegistry } from '../../hooks/useFigureRegistry';
import { isPercentFigure } from '../../reportFormat';
import { useReportsText } from '../../reportsText';

type Props = { id: string; value: number | null | undefined; registry: FigureRegistry; loading: boolean; onOpen: (id: string) => void };

/**
 * One figure of the registry: its number as the interface writes it ("1.838", "81,4%") with its
 * unit word, its label, its legal basis on hover; a figure with a list behind it opens that list.
 */
export function FigureTile({ id, value, registry, loading, onOpen }: Props) {
  const t = useReportsText();
  const { locale } = useI18n();
  const definition = registry.definition(id);
  const canOpen = definition?.drillDown === true;
  const suffix = definition && !isPercentFigure(definition) && locale === 'vi' ? definition.unitWord : undefined;
  const label = registry.label(id);
  const open = () => onOpen(id);
  return (
    <Col xs={12} md={8} xl={6} xxl={4}>
      <Card
        size="small"
        loading={loading}
        hoverable={canOpen}
        style={{ height: '100%', cursor: canOpen ? 'pointer' : undefined }}
        onClick={canOpen ? open : undefined}
        onKeyDown={
          canOpen
            ? (event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  open();
                }
              }
            : undefined
        }
        tabIndex={canOpen ? 0 : undefined}
        role={canOpen ? 'button' : undefined}
        aria-label={canOpen ? `${label}: ${t.dashboard.openList}` : undefined}
        data-testid={`figure-${id}`}
        data-value={value ?? ''}
      >
        <Statistic
          title={
            <Flex justify="space-between" gap={4} align="start">
              <span>{label}</span>
              <Flex gap={4} style={{ flex: 'none' }}>
                {definition?.legalBasis ? (
                  <Tooltip title={format(t.dashboard.legalBasis, { basis: definition.legalBasis })}>
                    <InfoCircleOutlined onClick={(event) => event.stopPropagation()} aria-label={definition.legalBasis} />
                  </Tooltip>
                ) : null}
                {canOpen ? (
                  <Tooltip title={t.dashboard.openList}>
                    <UnorderedListOutlined />
                  </Tooltip>
                ) : null}
              </Flex>
            </Flex>
          }
          value={registry.formatValue(id, value)}
          suffix={suffix ? <Typography.Text type="secondary">{suffix}</Typography.Text> : undefined}
        />
      </Card>
    </Col>
  );
}
