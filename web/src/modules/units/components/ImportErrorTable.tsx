import { Table } from 'antd';
import type { FieldProblem } from '../../../platform/api/problem';
import { useI18n } from '../../../platform/i18n/useI18n';

type Row = { key: number; row: number | null; field: string; message: string };

/** 'rows[3].code' → row 3, field 'code' (rows are numbered from 1 as in the file). */
function toRow(error: FieldProblem, index: number): Row {
  const match = /^rows\[(\d+)\]\.?(.*)$/.exec(error.field);
  if (!match) return { key: index, row: null, field: error.field, message: error.message };
  return { key: index, row: Number(match[1]), field: match[2] ?? '', message: error.message };
}

export function ImportErrorTable({ errors }: { errors: FieldProblem[] }) {
  const { m } = useI18n();
  return (
    <Table<Row>
      size="small"
      dataSource={errors.map(toRow)}
      pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        { key: 'row', title: m.unitImport.row, dataIndex: 'row', width: 80, render: (row: number | null) => row ?? m.common.none },
        { key: 'field', title: m.unitImport.field, dataIndex: 'field', width: 160 },
        { key: 'message', title: m.unitImport.message, dataIndex: 'message' },
      ]}
    />
  );
}
