import { Card, Table } from 'antd';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { recordsApi, type AccessEntry } from '../../api/recordsApi';

/** Who read the petitioner's identity (or opened a protected file), when and why: for the leaders who grant the clearances. */
export function IdentityAccessLog({ petitionId }: { petitionId: string }) {
  const { m, locale } = useI18n();
  const t = m.petitionRecords.accessLog;
  const log = useApiQuery(`petition-identity-reads:${petitionId}`, (signal) => recordsApi.identityReads(petitionId, signal));
  return (
    <Card size="small" title={t.title} style={{ marginBottom: 16 }} data-testid="petition-access-log">
      <Table<AccessEntry>
        size="small"
        rowKey="id"
        loading={log.loading}
        dataSource={log.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: t.none }}
        columns={[
          { key: 'at', title: t.at, width: 140, render: (_value, entry) => formatMinute(entry.at, locale) },
          { key: 'staff', title: t.staff, width: 150, dataIndex: 'staffName' },
          { key: 'purpose', title: t.purpose, dataIndex: 'purpose' },
        ]}
      />
    </Card>
  );
}
