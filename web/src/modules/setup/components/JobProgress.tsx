import type { JobView } from '@contracts/jobs';
import { Alert, Progress, Typography } from 'antd';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';

/** A job's progress bar and its current step, or how it ended. */
export function JobProgress({ job, done }: { job: JobView | null; done: (result: Record<string, unknown>) => string }) {
  const { m, locale } = useI18n();
  if (!job) return null;
  if (job.status === 'failed') {
    return <Alert type="error" showIcon message={format(m.setup.job.failed, { title: job.error?.title[locale] ?? '' })} />;
  }
  if (job.status === 'succeeded') return <Alert type="success" showIcon message={done(job.result ?? {})} />;
  const { done: steps, total, message } = job.progress;
  const percent = total > 0 ? Math.min(99, Math.round((steps / total) * 100)) : 0;
  return (
    <div role="status" aria-live="polite">
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary">{message[locale] || m.setup.job.running}</Typography.Text>
    </div>
  );
}
