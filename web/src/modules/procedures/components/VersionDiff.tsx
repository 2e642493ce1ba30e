import { Table, Typography } from 'antd';
import { format } from '../../../platform/i18n/format';
import { labelOf } from '../../../platform/i18n/labels';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { FieldChange, ProcedureDiff } from '@contracts/catalog';

function Value({ value }: { value: unknown }) {
  const { m } = useI18n();
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">{m.common.none}</Typography.Text>;
  }
  if (typeof value !== 'object') return <span style={{ wordBreak: 'break-word' }}>{String(value)}</span>;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return (
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {value.map((item, index) => (
          <li key={index}>{String(item)}</li>
        ))}
      </ol>
    );
  }
  return (
    <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** The fields that differ between two versions, before and after. */
export function VersionDiff({ diff, loading }: { diff: ProcedureDiff | undefined; loading: boolean }) {
  const { m } = useI18n();
  const v = m.procedures.versions;
  return (
    <div data-testid="procedure-diff">
      {diff && (
        <Typography.Title level={5}>
          {format(m.procedures.versionTag, { version: diff.from })} → {format(m.procedures.versionTag, { version: diff.to })}
        </Typography.Title>
      )}
      <Table<FieldChange>
        size="small"
        rowKey="field"
        loading={loading}
        pagination={false}
        dataSource={diff?.changes ?? []}
        locale={{ emptyText: v.noChanges }}
        columns={[
          {
            key: 'field',
            title: v.field,
            width: 180,
            render: (_value, change) => labelOf(m.procedures.fields, change.field) ?? change.field,
          },
          { key: 'before', title: v.before, render: (_value, change) => <Value value={change.before} /> },
          { key: 'after', title: v.after, render: (_value, change) => <Value value={change.after} /> },
        ]}
      />
    </div>
  );
}
