import { Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../platform/format/dates';
import { formatNumber } from '../../../platform/format/numbers';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { AuditEntry } from '@contracts/audit';
import { useAuditList } from '../hooks/useAuditList';
import { AuditDiff } from './AuditDiff';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';

const mono = { fontFamily: 'monospace', fontSize: 12 };

export function AuditPage() {
  const { m, locale } = useI18n();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useAuditList({ ...filters, ...paging });

  return (
    <Card title={m.audit.title}>
      <AuditFilters
        onApply={(values) => {
          setFilters(values);
          setPaging((previous) => ({ ...previous, page: 1 }));
        }}
      />
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 960 }}
        expandable={{
          expandedRowRender: (entry) => <AuditDiff entry={entry} />,
          rowExpandable: (entry) => entry.before !== null || entry.after !== null,
        }}
        pagination={{
          current: list.data?.page ?? paging.page,
          pageSize: list.data?.pageSize ?? paging.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => format(m.common.total, { total: formatNumber(total, locale) }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          {
            key: 'at',
            title: m.audit.at,
            width: 170,
            render: (_value, entry) => formatDateTime(entry.at, locale),
          },
          {
            key: 'actor',
            title: m.audit.actor,
            render: (_value, entry) =>
              entry.actorFullName ? (
                <>
                  {entry.actorFullName}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {entry.actorName}
                  </Typography.Text>
                </>
              ) : (
                (entry.actorName ?? m.audit.system)
              ),
          },
          { key: 'action', title: m.audit.action, render: (_value, entry) => <code>{entry.action}</code> },
          { key: 'entity', title: m.audit.entity, dataIndex: 'entity' },
          {
            key: 'entityId',
            title: m.audit.entityId,
            render: (_value, entry) => (
              <Typography.Text style={mono} copyable={!!entry.entityId}>
                {entry.entityId ?? m.common.none}
              </Typography.Text>
            ),
          },
          {
            key: 'requestId',
            title: m.audit.requestId,
            render: (_value, entry) => <Typography.Text style={mono}>{entry.requestId ?? m.common.none}</Typography.Text>,
          },
          { key: 'client', title: m.audit.clientAddress, render: (_value, entry) => entry.clientAddress ?? m.common.none },
        ]}
      />
    </Card>
  );
}
