import { Card, Flex, List, Table, Tag, Tooltip, Typography } from 'antd';
import { useRoles } from '../../../../platform/auth/useRoles';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierOutcome, DossierStatus, DossierTask, TaskStatus } from '@contracts/dossiers';
import { formatMinute } from '../../dossierText';

const taskColours: Record<TaskStatus, string> = {
  waiting: 'default',
  active: 'processing',
  done: 'success',
  returned: 'warning',
  skipped: 'default',
};
/** A late step is orange, not red: red "Quá hạn" belongs to the dossier against its appointment. */
const stepOutcomeColours: Record<DossierOutcome, string> = { early: 'green', on_time: 'blue', late: 'orange' };
/** While the dossier waits for the applicant, its step is paused and cannot be late. */
const pausedStatuses: readonly DossierStatus[] = ['supplement_requested', 'awaiting_payment'];

/** The step's own outcome: finished against its due time, or still in progress past it ("Chậm bước", never "Quá hạn"). */
function StepOutcome({ task, dossierStatus, now }: { task: DossierTask; dossierStatus: DossierStatus; now: number }) {
  const { m } = useI18n();
  const d = m.dossiers;
  const isRunningLate =
    task.status === 'active' && task.dueAt !== null && Date.parse(task.dueAt) < now && !pausedStatuses.includes(dossierStatus);
  const outcome: DossierOutcome | null = task.finishedAt ? task.outcome : isRunningLate ? 'late' : null;
  if (!outcome) return null;
  const tag = (
    <Tag color={stepOutcomeColours[outcome]} data-step-outcome={outcome}>
      {d.stepOutcomes[outcome]}
    </Tag>
  );
  return outcome === 'late' ? <Tooltip title={d.stepLateHint}>{tag}</Tooltip> : tag;
}

type Props = { tasks: DossierTask[]; dossierStatus: DossierStatus; unitName: (id: string) => string };

/** The dossier's steps as the procedure laid them out, with who holds each, its own due time and outcome. On a phone: a list. */
export function DossierSteps({ tasks, dossierStatus, unitName }: Props) {
  const { m, locale } = useI18n();
  const d = m.dossiers.detail;
  const { label } = useRoles();
  const isPhone = useIsPhone();
  const now = Date.now();
  const statusTag = (task: DossierTask) => <Tag color={taskColours[task.status]}>{m.dossiers.taskStatuses[task.status]}</Tag>;
  const outcomeTag = (task: DossierTask) => <StepOutcome task={task} dossierStatus={dossierStatus} now={now} />;

  return (
    <Card size="small" title={d.steps} style={{ marginBottom: 16 }}>
      <div data-testid="dossier-steps">
        {isPhone ? (
          <List<DossierTask>
            size="small"
            dataSource={tasks}
            rowKey="id"
            renderItem={(task) => (
              <List.Item data-task-status={task.status} style={{ paddingInline: 0 }}>
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} align="start">
                    <Typography.Text strong>{format(d.stepOf, { index: task.stepIndex + 1 })}</Typography.Text>
                    <span>
                      {statusTag(task)}
                      {outcomeTag(task)}
                    </span>
                  </Flex>
                  <Typography.Text>{task.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {unitName(task.unitId)} · {label(task.role)}
                  </Typography.Text>
                  {task.startedAt && (
                    <Typography.Text style={{ fontSize: 12 }}>
                      {d.startedAt}: {formatMinute(task.startedAt, locale)} · {d.dueAt}: {formatMinute(task.dueAt, locale)}
                    </Typography.Text>
                  )}
                  {task.finishedAt && (
                    <Typography.Text style={{ fontSize: 12 }}>
                      {d.taskFinished}: {formatMinute(task.finishedAt, locale)}
                      {task.finishedBy ? ` · ${task.finishedByFullName ?? task.finishedBy}` : ''}
                    </Typography.Text>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<DossierTask>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={tasks}
            scroll={{ x: 960 }}
            rowClassName={(task) => (task.status === 'active' ? 'ant-table-row-selected' : '')}
            onRow={(task) => ({ 'data-task-status': task.status }) as object}
            columns={[
              { key: 'step', title: '#', width: 44, render: (_value, task) => task.stepIndex + 1 },
              { key: 'name', title: d.step, width: 300, render: (_value, task) => task.name },
              { key: 'unit', title: d.unit, width: 170, render: (_value, task) => unitName(task.unitId) },
              { key: 'role', title: d.role, width: 130, render: (_value, task) => label(task.role) },
              { key: 'status', title: d.taskStatus, width: 110, render: (_value, task) => statusTag(task) },
              { key: 'started', title: d.startedAt, width: 130, render: (_value, task) => formatMinute(task.startedAt, locale) },
              {
                key: 'due',
                title: d.dueAt,
                width: 150,
                render: (_value, task) => (
                  <>
                    {formatMinute(task.dueAt, locale)}
                    {task.status === 'active' && <div>{outcomeTag(task)}</div>}
                  </>
                ),
              },
              {
                key: 'finished',
                title: d.taskFinished,
                width: 160,
                render: (_value, task) =>
                  task.finishedAt ? (
                    <>
                      {formatMinute(task.finishedAt, locale)} {outcomeTag(task)}
                      {task.finishedBy && (
                        <Typography.Text type="secondary" title={task.finishedBy} style={{ display: 'block', fontSize: 12 }}>
                          {task.finishedByFullName ?? task.finishedBy}
                        </Typography.Text>
                      )}
                    </>
                  ) : null,
              },
            ]}
          />
        )}
      </div>
    </Card>
  );
}
