import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { petitionFieldLabels, type Petition } from '@contracts/petitions';
import type { RunCommand } from '../../hooks/usePetition';
import { ClassificationForm } from './ClassificationForm';

type Props = { petition: Petition; canProcess: boolean; run: RunCommand };

/**
 * The classification: a form while the petition waits for it, a summary once recorded (which can
 * be corrected while nothing else was done on the petition).
 */
export function ClassificationCard({ petition, canProcess, run }: Props) {
  const { m, locale } = useI18n();
  const t = m.petitions.classify;
  const d = m.petitions.detail;
  const [editing, setEditing] = useState(false);
  const recorded = petition.classification;
  const editable = canProcess && (petition.status === 'received' || petition.status === 'classified') && !petition.duplicateOf;
  const showForm = editable && (editing || !recorded);

  return (
    <Card
      size="small"
      title={t.title}
      style={{ marginBottom: 16 }}
      data-testid="petition-classification"
      extra={
        editable &&
        recorded &&
        !editing && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="classify-edit">
            {t.reopen}
          </Button>
        )
      }
    >
      {showForm ? (
        <ClassificationForm
          petition={petition}
          run={run}
          onDone={() => setEditing(false)}
          onCancel={recorded ? () => setEditing(false) : undefined}
        />
      ) : recorded ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'field', label: d.field, children: petitionFieldLabels[recorded.field][locale] },
            {
              key: 'eligible',
              label: d.eligibility,
              children: recorded.isEligible ? (
                <Tag color="green">{d.eligible}</Tag>
              ) : (
                <>
                  <Tag color="red">{d.notEligible}</Tag>
                  {recorded.reasons.map((reason) => m.petitions.reasons[reason]).join('; ')}
                </>
              ),
            },
            {
              key: 'competence',
              label: d.competence,
              children: [
                m.petitions.scopes[recorded.competence.scope],
                recorded.competence.bodyType ? m.petitions.bodyTypes[recorded.competence.bodyType] : null,
              ]
                .filter(Boolean)
                .join(' · '),
            },
            { key: 'prior', label: d.priorSettlement, children: m.petitions.priorSettlements[recorded.settlementStatus] },
            ...(recorded.isSkippedLevel
              ? [{ key: 'skipped', label: d.skippedLevel, children: <Tag color="orange">{d.skippedLevel}</Tag> }]
              : []),
            ...(recorded.note ? [{ key: 'note', label: t.note, span: 'filled' as const, children: recorded.note }] : []),
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{d.notClassified}</Typography.Text>
      )}
    </Card>
  );
}
