import { ScheduleOutlined } from '@ant-design/icons';
import { App, Button, Flex, Progress, Typography, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { newIdempotencyKey } from '../../../dossiers/api/dossiersApi';
import { receptionApi, type PlanView } from '../../api/receptionApi';
import { toSession, type ScheduleValues } from './sessionForm';

type Props = { unitId: string; plan: PlanView; form: FormInstance<ScheduleValues>; onCreated: () => void };
type Run = { total: number; done: number; failed: number; running: boolean };

/** The fields a session made from the plan takes from the planner's form. */
const sessionFields = ['hostBody', 'hostName', 'place', 'startsAt', 'endsAt'] as const;

/**
 * Schedules the proposed days from today on that have no session of this host yet: one request
 * each, with its own Idempotency-Key (kept for the same request, so that a second click after a
 * failure creates nothing twice), the progress shown as they go.
 */
export function CreateFromPlan({ unitId, plan, form, onCreated }: Props) {
  const { m } = useI18n();
  const t = m.reception.planner;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const keys = useRef(new Map<string, string>());
  const [run, setRun] = useState<Run | null>(null);
  const [tick, setTick] = useState(0);
  const today = todayInVietnam();
  const existing = useApiQuery(`plan-existing:${unitId}:${plan.hostRole}:${plan.year}:${tick}`, (signal) =>
    receptionApi.sessions({ unitId, hostRole: plan.hostRole, from: `${plan.year}-01-01`, to: `${plan.year}-12-31`, pageSize: 200 }, signal),
  );
  const taken = new Set(
    (existing.data?.items ?? []).filter((session) => session.unitId === unitId && session.status !== 'cancelled').map((s) => s.date),
  );
  const pending = existing.data ? plan.days.filter((day) => day.date >= today && !taken.has(day.date)) : [];

  const create = async () => {
    let values: ScheduleValues;
    try {
      values = await form.validateFields([...sessionFields]);
    } catch {
      // The fields show what is missing.
      return;
    }
    const days = pending;
    const progress: Run = { total: days.length, done: 0, failed: 0, running: true };
    setRun({ ...progress });
    let firstError: unknown = null;
    for (const day of days) {
      const body = toSession(unitId, {
        ...values,
        hostRole: plan.hostRole,
        kind: 'periodic',
        form: 'direct',
        published: true,
        date: day.date,
      });
      const signature = JSON.stringify(body);
      const key = keys.current.get(signature) ?? newIdempotencyKey();
      keys.current.set(signature, key);
      try {
        await receptionApi.schedule(body, key);
        progress.done += 1;
      } catch (error) {
        progress.failed += 1;
        firstError ??= error;
      }
      setRun({ ...progress });
    }
    setRun({ ...progress, running: false });
    if (firstError) handleProblem(firstError);
    if (progress.done > 0) void message.success(format(t.created, { count: progress.done }));
    setTick((value) => value + 1);
    onCreated();
  };

  const percent = run && run.total > 0 ? Math.round(((run.done + run.failed) / run.total) * 100) : 0;
  return (
    <Flex vertical gap={8} data-testid="plan-create" data-pending={existing.data ? pending.length : ''}>
      <Flex gap={12} align="center" wrap>
        <Button
          type="primary"
          icon={<ScheduleOutlined />}
          disabled={pending.length === 0 || run?.running === true}
          loading={run?.running === true}
          onClick={() => void create()}
          data-testid="plan-create-submit"
        >
          {format(t.create, { count: pending.length })}
        </Button>
        <Typography.Text type="secondary">{pending.length === 0 && existing.data ? t.nothingToCreate : t.createHint}</Typography.Text>
      </Flex>
      {run && (
        <Flex vertical gap={2} data-testid="plan-progress" data-done={run.done} data-failed={run.failed} data-running={run.running}>
          <Progress percent={percent} status={run.failed > 0 ? 'exception' : run.running ? 'active' : 'success'} />
          <Typography.Text type="secondary">
            {format(t.progress, { done: run.done, total: run.total })}
            {run.failed > 0 ? ` · ${format(t.failed, { count: run.failed })}` : ''}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
