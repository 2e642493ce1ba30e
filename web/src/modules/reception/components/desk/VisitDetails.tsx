import { Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { labelOf } from '../../../../platform/i18n/labels';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { format } from '../../../../platform/i18n/format';
import { petitionFieldLabels, type Petition } from '@contracts/petitions';
import type { Visit } from '@contracts/reception';
import { formatMinute } from '../../../dossiers/dossierText';
import { VisitOutcomeTag } from '../ReceptionTags';

type Props = { visit: Visit; petition: Pick<Petition, 'id' | 'bookNo' | 'year'> | null };

/** A log entry as written: who came (unless protected), when, what about, and what became of it. */
export function VisitDetails({ visit, petition }: Props) {
  const { m, locale } = useI18n();
  const isPhone = useIsPhone();
  const t = m.reception.entry;
  const r = m.reception;
  const none = m.common.none;
  const citizens =
    visit.citizens === null ? (
      <Typography.Text type="secondary" data-testid="visit-citizens-protected">
        {r.log.protectedHint}
      </Typography.Text>
    ) : (
      <div data-testid="visit-detail-citizens">
        {visit.citizens.map((citizen, index) => (
          <div key={index}>
            <Typography.Text strong>{citizen.fullName}</Typography.Text>
            {citizen.role !== 'self' ? <Tag style={{ marginInlineStart: 6 }}>{r.citizenRoles[citizen.role]}</Tag> : null}
            {citizen.address ? <Typography.Text type="secondary"> · {citizen.address}</Typography.Text> : null}
          </div>
        ))}
      </div>
    );
  const petitionLink = visit.petitionId ? (
    <Link to={`/petitions/${visit.petitionId}`} data-testid="visit-petition-link">
      {petition && petition.id === visit.petitionId
        ? format(t.petitionNo, { bookNo: petition.bookNo, year: petition.year })
        : t.openPetition}
    </Link>
  ) : (
    none
  );
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: isPhone ? 110 : 170 } }}
      items={[
        { key: 'at', label: t.at, children: formatMinute(visit.visitedAt, locale) },
        { key: 'kind', label: t.kind, children: r.kinds[visit.kind] },
        { key: 'citizens', label: t.citizens, children: citizens },
        {
          key: 'people',
          label: t.peopleCount,
          children: (
            <>
              {visit.peopleCount} {visit.isGroup ? <Tag color="purple">{t.group}</Tag> : null}
              {visit.isRepeat ? <Tag color="orange">{t.repeat}</Tag> : null}
            </>
          ),
        },
        ...(visit.appointmentRef ? [{ key: 'appointment', label: t.appointmentRef, children: visit.appointmentRef }] : []),
        {
          key: 'content',
          label: t.content,
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{visit.contentSummary}</span>,
        },
        { key: 'nature', label: t.nature, children: r.natures[visit.nature] },
        { key: 'field', label: t.field, children: visit.field ? petitionFieldLabels[visit.field][locale] : none },
        { key: 'outcome', label: t.outcome, children: <VisitOutcomeTag outcome={visit.outcome} /> },
        ...(visit.outcomeTo ? [{ key: 'outcomeTo', label: t.outcomeTo, children: visit.outcomeTo }] : []),
        ...(visit.refusalReason ? [{ key: 'refusal', label: t.refusalReason, children: r.refusalReasons[visit.refusalReason] }] : []),
        { key: 'documents', label: t.documents, children: visit.documents.length ? visit.documents.join('; ') : none },
        { key: 'petition', label: t.petition, children: petitionLink },
        ...(visit.answerDueAt
          ? [
              {
                key: 'answer',
                label: t.answer,
                children: visit.answeredAt ? (
                  <span data-testid="visit-answer">
                    {visit.answer ? (labelOf(r.answers, visit.answer) ?? visit.answer) : none} · {formatMinute(visit.answeredAt, locale)}
                  </span>
                ) : (
                  format(t.answerDue, { due: formatMinute(visit.answerDueAt, locale) })
                ),
              },
            ]
          : []),
        { key: 'officer', label: t.officer, children: visit.officerName },
      ]}
    />
  );
}
