import { Table } from 'antd';
import type { FieldProblem } from '../api/problem';
import { useI18n } from '../i18n/useI18n';

type Row = { key: number; row: number | null; field: string; message: string };

/** 'rows[3].code' → row 3, field 'code'; any other field is shown as it is. */
function toRow(error: FieldProblem, index: number): Row {
  const match = /^rows\[(\d+)\]\.?(.*)$/.exec(error.field);
  if (!match) return { key: index, row: null, field: error.field, message: error.message };
  return { key: index, row: Number(match[1]), field: match[2] ?? '', message: error.message };
}

/** The field errors of a rejected import or upload, one per line. */
export function FieldErrorTable({ errors, testId }: { errors: FieldProblem[]; testId?: string }) {
  const { m } = useI18n();
  const rows = errors.map(toRow);
  const hasRows = rows.some((row) => row.row !== null);
  return (
    <Table<Row>
      size="small"
      data-testid={testId}
      dataSource={rows}
      pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        ...(hasRows
          ? [
              {
                key: 'row',
                title: m.common.row,
                dataIndex: 'row',
                width: 80,
                render: (row: number | null) => row ?? m.common.none,
              },
            ]
          : []),
        { key: 'field', title: m.common.field, dataIndex: 'field', width: 220, render: (field: string) => <code>{field}</code> },
        { key: 'message', title: m.common.message, dataIndex: 'message' },
      ]}
    />
  );
}
