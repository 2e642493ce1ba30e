import { Table } from 'antd';
import type { FieldProblem } from '../../../../platform/api/problem';
import { useCommunityText } from '../../communityText';

type Row = { key: number; row: string; column: string; message: string };

/** `rows.3.count` (or `rows[3].count`) → row 3, column `count`; any other field is shown whole as the column. */
export function importErrorRow(error: FieldProblem, index: number): Row {
  const match = /^rows(?:\.|\[)(\d+)\]?\.?(.*)$/.exec(error.field);
  if (!match) return { key: index, row: '—', column: error.field, message: error.message };
  return { key: index, row: match[1] ?? '', column: match[2] || '—', message: error.message };
}

/** The rows of a refused file and what is wrong in each: row, column, message. */
export function ImportErrorTable({ errors }: { errors: FieldProblem[] }) {
  const t = useCommunityText().imports;
  return (
    <Table<Row>
      size="small"
      data-testid="import-errors"
      dataSource={errors.map(importErrorRow)}
      pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={[
        { key: 'row', title: t.row, dataIndex: 'row', width: 70 },
        { key: 'column', title: t.column, dataIndex: 'column', width: 140, render: (column: string) => <code>{column}</code> },
        { key: 'message', title: t.message, dataIndex: 'message' },
      ]}
    />
  );
}
