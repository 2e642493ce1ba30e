import { Table, Typography } from 'antd';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { AuditEntry } from '@contracts/audit';

type DiffRow = { field: string; before: unknown; after: unknown };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of a before or after image (an object, or nothing). */
function fieldsOf(image: unknown): Record<string, unknown> {
  return typeof image === 'object' && image !== null && !Array.isArray(image) ? Object.fromEntries(Object.entries(image)) : {};
}

/** The fields whose value differs between the before and after images of an audit entry. */
export function diffFields(entry: Pick<AuditEntry, 'before' | 'after'>): DiffRow[] {
  const before = fieldsOf(entry.before);
  const after = fieldsOf(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function Value({ value }: { value: unknown }) {
  const { m } = useI18n();
  if (value === null || value === undefined) return <Typography.Text type="secondary">{m.common.none}</Typography.Text>;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return <Typography.Text style={{ wordBreak: 'break-word' }}>{text}</Typography.Text>;
}

export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { m } = useI18n();
  const rows = diffFields(entry);
  if (rows.length === 0) return <Typography.Text type="secondary">{m.audit.noChanges}</Typography.Text>;
  return (
    <Table<DiffRow>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'field', title: m.audit.field, dataIndex: 'field', width: 180, render: (field: string) => <code>{field}</code> },
        { key: 'before', title: m.audit.before, render: (_value, row) => <Value value={row.before} /> },
        { key: 'after', title: m.audit.after, render: (_value, row) => <Value value={row.after} /> },
      ]}
    />
  );
}
