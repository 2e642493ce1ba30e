import { reportKindLabels } from '@contracts/report-runs';
import { Alert, Card, Flex, Space, Tabs, Typography, theme } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { BackBar, RecordPending } from '../../../community/components/PageTop';
import { useVersionedRecord } from '../../../community/hooks/useVersionedRecord';
import { reportsApi } from '../../api/reportsApi';
import { useFigureRegistry } from '../../hooks/useFigureRegistry';
import { reportsPaths, useReportsText } from '../../reportsText';
import { RunStatusTag } from '../runs/RunStatusTag';
import { AnnexTables } from './AnnexTables';
import { ComparisonPanel } from './ComparisonPanel';
import { ReportPreview } from './ReportPreview';
import { RunActions } from './RunActions';
import { RunEditForm } from './RunEditForm';

type TabKey = 'preview' | 'edit' | 'annexes' | 'comparison';

/**
 * One periodic report: the preview as it will be printed, the text the unit writes while it is a
 * draft, the annex tables, its files, signing and sending; once signed, its figures against today's.
 */
export function RunPage() {
  const t = useReportsText();
  const { locale } = useI18n();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const registry = useFigureRegistry();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const [hasUnsavedText, setUnsavedText] = useState(false);
  const {
    record: run,
    version,
    loading,
    problem,
    reload,
    run: command,
  } = useVersionedRecord(`report-run:${id}`, (signal) => reportsApi.run(id, signal));

  if (!run || version === undefined) return <RecordPending back={reportsPaths.runs} failed={problem !== null} loading={loading} />;

  const isDraft = run.status === 'draft';
  const canEdit = isDraft && can('reports.write');
  const offered: TabKey[] = ['preview', ...(canEdit ? (['edit'] as const) : []), 'annexes', ...(isDraft ? [] : (['comparison'] as const))];
  const asked = params.get('tab');
  const tab: TabKey = offered.find((key) => key === asked) ?? 'preview';
  const notice = isDraft
    ? t.run.draftNotice
    : format(t.run.frozenNotice, { at: formatMinute(run.signedAt, locale), by: run.signedBy ?? '' });

  return (
    <div data-testid="report-run-page" data-version={version} data-status={run.status}>
      <Card style={{ marginBottom: 16 }}>
        <BackBar to={reportsPaths.runs} loading={loading} onReload={reload} />
        <Flex justify="space-between" align="start" gap={16} wrap style={{ marginBottom: 12 }}>
          <Space orientation="vertical" size={4} style={{ minWidth: 0, maxWidth: '100%' }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="report-run-title">
              {reportKindLabels[run.kind][locale]}
            </Typography.Title>
            <Typography.Text type="secondary">
              {run.period.label} · {run.unitName}
              {run.number ? ` · ${run.number}` : ''}
            </Typography.Text>
            <RunStatusTag status={run.status} testId="report-run-status" />
          </Space>
          <RunActions run={run} command={command} hasUnsavedText={hasUnsavedText} />
        </Flex>
        <Alert type={isDraft ? 'info' : 'success'} showIcon title={notice} data-testid="report-run-notice" />
        {run.status === 'sent' && run.sentAt ? (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            title={format(t.run.sentNotice, { at: formatMinute(run.sentAt, locale), to: run.sentTo.join('; ') })}
          />
        ) : null}
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: 'preview',
              label: t.run.tabs.preview,
              children: (
                <div
                  style={{
                    overflowX: 'auto',
                    background: token.colorFillTertiary,
                    padding: isPhone ? 4 : 24,
                    borderRadius: token.borderRadius,
                  }}
                >
                  <ReportPreview run={run} registry={registry} />
                </div>
              ),
            },
            ...(canEdit
              ? [
                  {
                    key: 'edit',
                    label: t.run.tabs.edit,
                    forceRender: true,
                    children: <RunEditForm key={run.id} run={run} command={command} onDirtyChange={setUnsavedText} />,
                  },
                ]
              : []),
            { key: 'annexes', label: t.run.tabs.annexes, children: <AnnexTables run={run} /> },
            ...(isDraft
              ? []
              : [{ key: 'comparison', label: t.run.tabs.comparison, children: <ComparisonPanel runId={run.id} registry={registry} /> }]),
          ]}
        />
      </Card>
    </div>
  );
}
