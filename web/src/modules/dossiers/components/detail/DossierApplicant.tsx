import { Card, Descriptions, Table, Tag } from 'antd';
import { labelOf } from '../../../../platform/i18n/labels';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DocumentReceived, DossierDetail } from '@contracts/dossiers';

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** Who filed the dossier and the documents received with it. */
export function DossierApplicant({ dossier }: { dossier: DossierDetail }) {
  const { m } = useI18n();
  const a = m.dossiers.applicant;
  const d = m.dossiers.detail;
  const { applicant } = dossier;
  const kind = text(applicant.kind);
  const rows = [
    { key: 'name', label: a.name, value: text(applicant.name) ?? dossier.applicantName },
    { key: 'kind', label: a.kind, value: kind ? (labelOf(m.dossiers.applicantKinds, kind) ?? kind) : null },
    { key: 'citizenId', label: a.citizenId, value: text(applicant.citizenId) },
    { key: 'taxCode', label: a.taxCode, value: text(applicant.taxCode) },
    { key: 'phone', label: a.phone, value: text(applicant.phone) },
    { key: 'email', label: a.email, value: text(applicant.email) },
    { key: 'address', label: a.address, value: text(applicant.address) },
  ].filter((row) => row.value);

  return (
    <>
      <Card size="small" title={d.applicant} style={{ marginBottom: 16 }} data-testid="dossier-applicant">
        <Descriptions size="small" column={1} items={rows.map((row) => ({ key: row.key, label: row.label, children: row.value }))} />
      </Card>
      <Card size="small" title={d.documents} style={{ marginBottom: 16 }} data-testid="dossier-documents">
        <Table<DocumentReceived>
          size="small"
          rowKey="index"
          pagination={false}
          dataSource={dossier.documents}
          locale={{ emptyText: d.noDocuments }}
          columns={[
            { key: 'index', title: '#', dataIndex: 'index', width: 40 },
            {
              key: 'name',
              title: d.document,
              render: (_value, document) => (
                <>
                  {document.name} <Tag>{labelOf(m.procedures.documentForms, document.form) ?? document.form}</Tag>
                  {document.isRequired && <Tag color="red">{m.dossiers.intake.requiredMark}</Tag>}
                </>
              ),
            },
            { key: 'count', title: d.count, dataIndex: 'count', width: 64, align: 'right' },
          ]}
        />
      </Card>
    </>
  );
}
