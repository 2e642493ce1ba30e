import { Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { Page } from '../../../../platform/api/client';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierSummary } from '@contracts/dossiers';
import { formatMinute, isOverdue } from '../../dossierText';
import { OutcomeTag, StatusTag } from '../DossierTags';
import { useServerPagination } from '../../../../platform/components/useServerPagination';

type Props = {
  page: Page<DossierSummary> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

export function DossierTable({ page, loading, onPageChange }: Props) {
  const { m, locale } = useI18n();
  const pagination = useServerPagination(page, onPageChange);
  const l = m.dossiers.list;
  const navigate = useNavigate();
  const now = Date.now();
  return (
    <div data-testid="dossiers-table">
      <Table<DossierSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={{ x: 1000 }}
        onRow={(dossier) => ({ onClick: () => navigate(`/dossiers/${dossier.id}`), style: { cursor: 'pointer' } })}
        pagination={pagination}
        columns={[
          {
            key: 'code',
            title: l.code,
            width: 170,
            render: (_value, dossier) => (
              <Link to={`/dossiers/${dossier.id}`} onClick={(event) => event.stopPropagation()} data-testid="dossier-row-link">
                {dossier.code ?? <Typography.Text type="secondary">{l.noCode}</Typography.Text>}
              </Link>
            ),
          },
          {
            key: 'procedure',
            title: l.procedure,
            render: (_value, dossier) => (
              <>
                {/* Two lines at most, the whole name on hover: long procedure names keep the rows short. */}
                <div
                  title={dossier.procedureName}
                  style={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
                >
                  {dossier.procedureName}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dossier.procedureCode}
                </Typography.Text>
              </>
            ),
          },
          { key: 'applicant', title: l.applicant, dataIndex: 'applicantName', width: 160 },
          {
            key: 'status',
            title: l.status,
            width: 190,
            render: (_value, dossier) => <StatusTag status={dossier.status} nationalStatus={dossier.nationalStatus} />,
          },
          {
            key: 'received',
            title: l.received,
            width: 130,
            render: (_value, dossier) => formatMinute(dossier.receivedAt ?? dossier.submittedAt, locale),
          },
          {
            key: 'appointment',
            title: l.appointment,
            width: 130,
            render: (_value, dossier) =>
              isOverdue(dossier, now) ? (
                <Typography.Text type="danger" strong data-testid="dossier-overdue">
                  {formatMinute(dossier.dueAt, locale)}
                </Typography.Text>
              ) : (
                formatMinute(dossier.dueAt, locale)
              ),
          },
          { key: 'outcome', title: l.outcome, width: 100, render: (_value, dossier) => <OutcomeTag outcome={dossier.outcome} /> },
        ]}
      />
    </div>
  );
}
