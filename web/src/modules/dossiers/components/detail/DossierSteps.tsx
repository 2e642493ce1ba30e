import { Card, Table, Tag, Typography } from 'antd';
import { useRoles } from '../../../../platform/auth/useRoles';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierTask, TaskStatus } from '@contracts/dossiers';
import { formatMinute } from '../../dossierText';
import { OutcomeTag } from '../DossierTags';

const taskColours: Record<TaskStatus, string> = {
  waiting: 'default',
  active: 'processing',
  done: 'success',
  returned: 'warning',
  skipped: 'default',
};

/** The dossier's steps as the procedure laid them out, with who holds each and its deadline. */
export function DossierSteps({ tasks, unitName }: { tasks: DossierTask[]; unitName: (id: string) => string }) {
  const { m, locale } = useI18n();
  const d = m.dossiers.detail;
  const { label } = useRoles();
  return (
    <Card size="small" title={d.steps} style={{ marginBottom: 16 }}>
      <div data-testid="dossier-steps">
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
            {
              key: 'status',
              title: d.taskStatus,
              width: 110,
              render: (_value, task) => <Tag color={taskColours[task.status]}>{m.dossiers.taskStatuses[task.status]}</Tag>,
            },
            { key: 'started', title: d.startedAt, width: 130, render: (_value, task) => formatMinute(task.startedAt, locale) },
            { key: 'due', title: d.dueAt, width: 130, render: (_value, task) => formatMinute(task.dueAt, locale) },
            {
              key: 'finished',
              title: d.taskFinished,
              width: 150,
              render: (_value, task) =>
                task.finishedAt ? (
                  <>
                    {formatMinute(task.finishedAt, locale)} <OutcomeTag outcome={task.outcome} />
                    {task.finishedBy && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {task.finishedBy}
                      </Typography.Text>
                    )}
                  </>
                ) : null,
            },
          ]}
        />
      </div>
    </Card>
  );
}
