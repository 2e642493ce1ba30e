import { DownloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Page } from '../../../../platform/api/client';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { reportsApi, type DrillFormat } from '../../api/reportsApi';
import type { FigureRegistry } from '../../hooks/useFigureRegistry';
import type { Period } from '../../reportFormat';
import { useReportsText } from '../../reportsText';

type Row = Record<string, string | number | null>;
type Props = { unitId: string; figureId: string | null; period: Period; registry: FigureRegistry; onClose: () => void };

const rowKey = '__row';
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A cell as the list sends it: days as dd/mm/yyyy, instants in Vietnam time, anything else as it is (codes and years are not grouped). */
function Cell({ value }: { value: string | number | null }) {
  const { locale, m } = useI18n();
  if (value === null || value === '') return <>{m.common.none}</>;
  if (typeof value === 'number') return <>{String(value)}</>;
  if (dayPattern.test(value)) return <>{formatDate(value)}</>;
  if (instantPattern.test(value)) return <>{formatMinute(value, locale)}</>;
  return <>{value}</>;
}

/** The records behind a figure, page by page, and the whole list as CSV or XLSX. */
export function DrillDownDrawer({ unitId, figureId, period, registry, onClose }: Props) {
  const t = useReportsText();
  const isPhone = useIsPhone();
  const handleProblem = useProblemHandler();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [shownFor, setShownFor] = useState(figureId);
  const [busy, setBusy] = useState<DrillFormat | null>(null);
  if (shownFor !== figureId) {
    setShownFor(figureId);
    setPaging({ page: 1, pageSize: 50 });
  }
  const query = { ...period, ...paging };
  const list = useApiQuery(figureId ? `drill:${unitId}:${figureId}:${JSON.stringify(query)}` : null, (signal) =>
    reportsApi.drillDown(unitId, figureId ?? '', query, signal),
  );
  const data = list.data?.figureId === figureId ? list.data : undefined;
  // The rows have no id of their own: their place on the page keys them.
  const page: Page<Row> | undefined = data
    ? { items: data.rows.map((row, index) => ({ ...row, [rowKey]: index })), total: data.total, page: data.page, pageSize: data.pageSize }
    : undefined;
  const pagination = useServerPagination(page, (next, pageSize) => setPaging({ page: next, pageSize }));

  const download = async (fileFormat: DrillFormat) => {
    if (!figureId) return;
    setBusy(fileFormat);
    try {
      await reportsApi.downloadDrillDown(unitId, figureId, period, fileFormat);
    } catch (error) {
      handleProblem(error);
    } finally {
      setBusy(null);
    }
  };

  const label = figureId ? registry.label(figureId) : '';
  return (
    <Drawer
      open={figureId !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 880}
      destroyOnHidden
      title={format(t.drill.title, { label })}
      extra={
        <Flex gap={8} wrap justify="end">
          {(['csv', 'xlsx'] as const).map((fileFormat) => (
            <Button
              key={fileFormat}
              size="small"
              icon={<DownloadOutlined />}
              loading={busy === fileFormat}
              onClick={() => void download(fileFormat)}
              data-testid={`drill-download-${fileFormat}`}
            >
              {t.drill[fileFormat]}
            </Button>
          ))}
        </Flex>
      }
    >
      <div data-testid="drill-down" data-figure={figureId ?? ''}>
        {data ? (
          <Typography.Paragraph type="secondary">
            {format(t.drill.count, { value: figureId ? registry.format(figureId, data.value) : '' })}
          </Typography.Paragraph>
        ) : null}
        <Table<Row>
          size="small"
          rowKey={(row) => String(row[rowKey])}
          loading={list.loading}
          dataSource={page?.items ?? []}
          pagination={pagination}
          scroll={{ x: Math.max(600, (data?.columns.length ?? 1) * 160) }}
          locale={{ emptyText: t.drill.empty }}
          columns={(data?.columns ?? []).map((column) => ({
            key: column.key,
            title: column.label,
            render: (_value: unknown, row: Row) => <Cell value={row[column.key] ?? null} />,
          }))}
        />
      </div>
    </Drawer>
  );
}
