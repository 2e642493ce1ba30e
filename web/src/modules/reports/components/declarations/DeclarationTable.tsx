import { DeleteOutlined } from '@ant-design/icons';
import type { Declaration } from '@contracts/report-runs';
import { Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatDeclared } from '../../reportFormat';
import { useReportsText } from '../../reportsText';

type Props = {
  items: Declaration[];
  loading?: boolean;
  /** Offered to those who declare: removes one (the audit keeps it). */
  onRemove?: (declaration: Declaration) => Promise<unknown>;
  testId?: string;
};

/** Declared figures, each labelled as declared: what, how much (out of what), for which period, on whose word. */
export function DeclarationTable({ items, loading = false, onRemove, testId }: Props) {
  const t = useReportsText();
  const d = t.declarations;
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const range = (declared: Declaration) => format(t.common.range, { from: formatDate(declared.from), to: formatDate(declared.to) });
  const kindTag = (declared: Declaration) => <Tag color={declared.kind === 'opening' ? 'purple' : 'cyan'}>{d.kinds[declared.kind]}</Tag>;
  const remove = (declared: Declaration) =>
    onRemove ? (
      <Popconfirm title={d.removeConfirm} onConfirm={() => onRemove(declared)}>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={d.remove} data-testid="declaration-remove">
          {isPhone ? null : d.remove}
        </Button>
      </Popconfirm>
    ) : null;

  return (
    <Table<Declaration>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={items.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
      locale={{ emptyText: d.empty }}
      data-testid={testId}
      columns={[
        {
          key: 'card',
          title: d.label,
          hidden: !isPhone,
          render: (_value, declared) => (
            <Flex vertical gap={2}>
              <Flex justify="space-between" gap={8}>
                <span>
                  {kindTag(declared)}
                  {declared.label}
                </span>
                {remove(declared)}
              </Flex>
              <strong>{formatDeclared(declared, locale)}</strong>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {range(declared)}
                {declared.source ? ` · ${declared.source}` : ''} · {declared.declaredBy}
              </Typography.Text>
            </Flex>
          ),
        },
        { key: 'kind', title: d.kind, width: 120, hidden: isPhone, render: (_value, declared) => kindTag(declared) },
        { key: 'label', title: d.label, hidden: isPhone, dataIndex: 'label' },
        {
          key: 'value',
          title: d.value,
          width: 150,
          align: 'right',
          hidden: isPhone,
          render: (_value, declared) => <strong data-testid="declaration-value">{formatDeclared(declared, locale)}</strong>,
        },
        { key: 'period', title: d.period, width: 200, hidden: isPhone, render: (_value, declared) => range(declared) },
        {
          key: 'source',
          title: d.source,
          hidden: isPhone,
          render: (_value, declared) => (
            <Typography.Text type="secondary">
              {declared.source ?? ''}
              {declared.source ? ' · ' : ''}
              {declared.declaredBy}
            </Typography.Text>
          ),
        },
        { key: 'actions', width: 90, hidden: isPhone || !onRemove, render: (_value, declared) => remove(declared) },
      ]}
    />
  );
}
