import type { ReportRunSummary } from '@contracts/report-documents';
import { Tag } from 'antd';
import { runStatusColours, useReportsText } from '../../reportsText';

export function RunStatusTag({ status, testId }: { status: ReportRunSummary['status']; testId?: string }) {
  const t = useReportsText();
  return (
    <Tag color={runStatusColours[status]} data-testid={testId} data-status={status} style={{ flex: 'none', marginInlineEnd: 0 }}>
      {t.runs.statuses[status]}
    </Tag>
  );
}
