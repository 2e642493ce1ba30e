import { Flex, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { Page } from '../../../../platform/api/client';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierSummary } from '@contracts/dossiers';
import { formatMinute, isOverdue } from '../../dossierText';
import { OutcomeTag, StatusTag } from '../DossierTags';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';

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
  // On a phone one column holds the whole dossier: code, applicant, procedure, status and appointment.
  const isPhone = useIsPhone();
  const codeLink = (dossier: DossierSummary) => (
    <Link to={`/dossiers/${dossier.id}`} onClick={(event) => event.stopPropagation()} data-testid="dossier-row-link">
      {dossier.code ?? <Typography.Text type="secondary">{l.noCode}</Typography.Text>}
    </Link>
  );
  const appointment = (dossier: DossierSummary) =>
    isOverdue(dossier, now) ? (
      <Typography.Text type="danger" strong data-testid="dossier-overdue">
        {formatMinute(dossier.dueAt, locale)}
      </Typography.Text>
    ) : (
      formatMinute(dossier.dueAt, locale)
    );
  return (
    <div data-testid="dossiers-table">
      <Table<DossierSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 1000 }}
        onRow={(dossier) => ({ onClick: () => navigate(`/dossiers/${dossier.id}`), style: { cursor: 'pointer' } })}
        pagination={pagination}
        columns={[
          {
            key: 'dossier',
            title: l.code,
            hidden: !isPhone,
            render: (_value, dossier) => (
              <Flex vertical gap={2} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  {codeLink(dossier)}
                  <OutcomeTag outcome={dossier.outcome} />
                </Flex>
                <Typography.Text strong>{dossier.applicantName}</Typography.Text>
                <Typography.Text type="secondary" ellipsis={{ tooltip: dossier.procedureName }} style={{ fontSize: 12, maxWidth: '100%' }}>
                  {dossier.procedureCode} · {dossier.procedureName}
                </Typography.Text>
                <StatusTag status={dossier.status} nationalStatus={dossier.nationalStatus} />
                {dossier.dueAt && (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {l.appointment}: {appointment(dossier)}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          { key: 'code', title: l.code, width: 170, hidden: isPhone, render: (_value, dossier) => codeLink(dossier) },
          {
            key: 'procedure',
            title: l.procedure,
            hidden: isPhone,
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
          { key: 'applicant', title: l.applicant, dataIndex: 'applicantName', width: 160, hidden: isPhone },
          {
            key: 'status',
            title: l.status,
            width: 190,
            hidden: isPhone,
            render: (_value, dossier) => <StatusTag status={dossier.status} nationalStatus={dossier.nationalStatus} />,
          },
          {
            key: 'received',
            title: l.received,
            width: 130,
            hidden: isPhone,
            render: (_value, dossier) => formatMinute(dossier.receivedAt ?? dossier.submittedAt, locale),
          },
          {
            key: 'appointment',
            title: l.appointment,
            width: 130,
            hidden: isPhone,
            render: (_value, dossier) => appointment(dossier),
          },
          {
            key: 'outcome',
            title: l.outcome,
            width: 100,
            hidden: isPhone,
            render: (_value, dossier) => <OutcomeTag outcome={dossier.outcome} />,
          },
        ]}
      />
    </div>
  );
}
