import { Card, Descriptions, Tag, Typography } from 'antd';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { formatAppointment, formatMinute } from '../../../dossiers/dossierText';
import { petitionsApi } from '../../api/petitionsApi';
import { ExplanationLines } from '../ExplanationLines';

/** When the step in hand is due, and how that date was derived, line by line. */
export function PetitionClockCard({ petition }: { petition: Petition }) {
  const { m, locale } = useI18n();
  const t = m.petitions.clock;
  const { data: clock, loading } = useApiQuery(`petition-clock:${petition.id}:${petition.version}`, (signal) =>
    petitionsApi.clock(petition.id, signal),
  );
  return (
    <Card size="small" title={t.title} loading={loading && !clock} style={{ marginBottom: 16 }} data-testid="petition-clock">
      {clock && (
        <>
          {clock.dueAt ? (
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'due',
                  label: t.dueAt,
                  children: (
                    <>
                      <Typography.Text strong type={clock.isOverdue ? 'danger' : undefined} data-testid="petition-due">
                        {formatAppointment(clock.dueAt, locale)}
                      </Typography.Text>{' '}
                      {clock.isOverdue && <Tag color="red">{t.overdue}</Tag>}
                    </>
                  ),
                },
                ...(clock.handledAt ? [{ key: 'handled', label: t.handledAt, children: formatMinute(clock.handledAt, locale) }] : []),
                ...(clock.legalBasis ? [{ key: 'rule', label: t.rule, children: clock.legalBasis }] : []),
              ]}
            />
          ) : (
            <Typography.Text type="secondary">{petition.duplicateOf ? t.noClock : m.common.none}</Typography.Text>
          )}
          <ExplanationLines lines={clock.lines} testId="petition-clock-lines" />
        </>
      )}
    </Card>
  );
}
