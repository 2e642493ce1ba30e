import { Button, Card, Popconfirm, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { formatPercent } from '../../../../platform/format/numbers';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { formatMinute } from '../../../dossiers/dossierText';
import { petitionsApi, type Candidate } from '../../api/petitionsApi';
import type { RunCommand } from '../../hooks/usePetition';
import { PetitionKindTag, PetitionStatusTag } from '../PetitionTags';

/** Earlier petitions that may be the same matter, with what they matched on, each linkable as the original of this repeat. */
export function DuplicateCandidates({ petition, run }: { petition: Petition; run: RunCommand }) {
  const { m, locale } = useI18n();
  const t = m.petitions.duplicates;
  const { data, loading } = useApiQuery(`petition-duplicates:${petition.id}:${petition.version}`, (signal) =>
    petitionsApi.duplicateCandidates(petition.id, signal),
  );
  const items = (data?.items ?? []).filter((candidate) => candidate.petitionId !== petition.id);

  const link = (candidate: Candidate) => run((version) => petitionsApi.linkDuplicate(petition.id, version, candidate.petitionId), t.linked);

  return (
    <Card size="small" title={t.title} style={{ marginBottom: 16 }} data-testid="petition-duplicates">
      <Table<Candidate>
        size="small"
        rowKey="petitionId"
        loading={loading}
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t.none }}
        scroll={{ x: 640 }}
        columns={[
          {
            key: 'bookNo',
            title: m.petitions.list.bookNo,
            width: 90,
            render: (_value, candidate) => (
              <Link to={`/petitions/${candidate.petitionId}`}>
                {candidate.bookNo}/{candidate.year}
              </Link>
            ),
          },
          { key: 'received', title: m.petitions.list.received, width: 130, render: (_value, c) => formatMinute(c.receivedAt, locale) },
          {
            key: 'kind',
            title: m.petitions.list.kind,
            width: 200,
            render: (_value, c) => (
              <>
                <PetitionKindTag kind={c.kind} />
                <PetitionStatusTag status={c.status} />
              </>
            ),
          },
          {
            key: 'matched',
            title: t.matchedOn,
            render: (_value, c) => (
              <>
                {c.matchedOn.map((key) => (
                  <Tag key={key}>{t.keys[key]}</Tag>
                ))}
                <span style={{ fontSize: 12, opacity: 0.7 }}>
                  {t.similarity}: {formatPercent(c.similarity * 100, locale, 0)}
                </span>
              </>
            ),
          },
          {
            key: 'link',
            width: 150,
            render: (_value, c) => (
              <Popconfirm
                title={format(t.linkConfirm, { bookNo: c.bookNo, year: c.year })}
                onConfirm={() => link(c)}
                okButtonProps={{ 'data-testid': 'duplicate-link-confirm' } as Record<string, string>}
              >
                <Button size="small" data-testid="duplicate-link">
                  {t.link}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
