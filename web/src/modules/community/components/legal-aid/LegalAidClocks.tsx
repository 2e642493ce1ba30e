import { Card, Descriptions, Tag, Typography } from 'antd';
import type { LegalAidView } from '../../api/legalAidApi';
import type { Locale } from '../../../../platform/i18n/i18nContext';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { useCommunityText } from '../../communityText';

const isPast = (iso: string) => new Date(iso).getTime() < Date.now();

/** A clock still running: its due time, in red once it has passed. */
export function ClockText({ label, due, locale, isMet = false }: { label?: string; due: string; locale: Locale; isMet?: boolean }) {
  const t = useCommunityText();
  const late = !isMet && isPast(due);
  return (
    <Typography.Text type={late ? 'danger' : undefined} style={{ fontSize: 13 }}>
      {label ? `${label}: ` : ''}
      {formatMinute(due, locale)} {late ? <Tag color="red">{t.legalAid.overdue}</Tag> : null}
    </Typography.Text>
  );
}

/** The two clocks of a legal-aid case: the proof of eligibility and the assignment, each due and when met. */
export function LegalAidClocks({ made }: { made: LegalAidView }) {
  const t = useCommunityText();
  const { locale } = useI18n();
  const met = (due: string | null, at: string | null) => {
    if (at) {
      const late = due !== null && new Date(at).getTime() > new Date(due).getTime();
      return (
        <span>
          {formatMinute(at, locale)} {late ? <Tag color="red">{t.legalAid.overdue}</Tag> : <Tag color="green">{t.legalAid.dueSoon}</Tag>}
        </span>
      );
    }
    return '—';
  };
  return (
    <Card size="small" title={t.legalAid.clocks} style={{ marginBottom: 16 }} data-testid="legal-aid-clocks">
      <Descriptions
        size="small"
        column={1}
        items={[
          ...(made.proofDueAt
            ? [
                {
                  key: 'proofDue',
                  label: t.legalAid.proofDue,
                  children: <ClockText due={made.proofDueAt} locale={locale} isMet={made.proofReceivedAt !== null} />,
                },
                { key: 'proofAt', label: t.legalAid.proofReceived, children: met(made.proofDueAt, made.proofReceivedAt) },
              ]
            : []),
          {
            key: 'assignDue',
            label: t.legalAid.assignDue,
            children: <ClockText due={made.assignDueAt} locale={locale} isMet={made.assignedAt !== null} />,
          },
          { key: 'assignAt', label: t.legalAid.assigned, children: met(made.assignDueAt, made.assignedAt) },
        ]}
      />
    </Card>
  );
}
