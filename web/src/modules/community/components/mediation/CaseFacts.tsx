import { Alert, Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MediationCase, Team } from '@contracts/community';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { communityPaths, useCommunityText } from '../../communityText';
import { MediationStatusTag } from '../CommunityTags';

/** A mediation case as the book holds it: parties, content, team and mediators, the start clock and the outcome. */
export function CaseFacts({ made, team }: { made: MediationCase; team: Team | undefined }) {
  const t = useCommunityText();
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const mediatorNames = made.mediatorIds.map((id) => team?.mediators.find((mediator) => mediator.id === id)?.fullName ?? '…');
  const items = [
    { key: 'status', label: t.common.status, children: <MediationStatusTag status={made.status} testId="mediation-status" /> },
    {
      key: 'parties',
      label: t.cases.parties,
      children: (
        <div data-testid="mediation-parties">
          {made.parties.map((party, index) => (
            <div key={index}>
              <Typography.Text strong>{party.fullName}</Typography.Text>
              {party.address ? <Typography.Text type="secondary"> · {party.address}</Typography.Text> : null}
            </div>
          ))}
        </div>
      ),
    },
    { key: 'summary', label: t.cases.summary, children: <span style={{ whiteSpace: 'pre-wrap' }}>{made.summary}</span> },
    { key: 'field', label: t.cases.field, children: t.cases.fields[made.field] },
    { key: 'grounds', label: t.cases.grounds, children: t.cases.groundsLabels[made.grounds] },
    {
      key: 'team',
      label: t.cases.team,
      children: team ? <Link to={communityPaths.team(team.id)}>{`${team.name} · ${team.unitName}`}</Link> : '…',
    },
    {
      key: 'mediators',
      label: t.cases.mediatorIds,
      children: `${mediatorNames.join(', ') || '—'}${made.chosenByParties ? ` (${t.cases.chosenByParties.toLowerCase()})` : ''}`,
    },
    { key: 'received', label: t.cases.receivedAt, children: formatMinute(made.receivedAt, locale) },
    ...(made.exclusion
      ? [
          { key: 'exclusion', label: t.cases.exclusion, children: t.cases.exclusions[made.exclusion] },
          { key: 'referredTo', label: t.cases.referredTo, children: made.referredTo ?? '' },
        ]
      : [
          { key: 'startDue', label: t.cases.startDueOn, children: formatDate(made.startDueOn) || '—' },
          {
            key: 'started',
            label: t.cases.startedAt,
            children: made.startedAt ? (
              <span>
                {formatMinute(made.startedAt, locale)} {made.startedLate ? <Tag color="red">{t.cases.startedLate}</Tag> : null}
              </span>
            ) : (
              '—'
            ),
          },
          { key: 'ended', label: t.cases.endedAt, children: made.endedAt ? formatMinute(made.endedAt, locale) : '—' },
        ]),
    ...(made.agreementRef ? [{ key: 'agreement', label: t.cases.agreementRef, children: made.agreementRef }] : []),
  ];
  return <Descriptions size="small" column={1} bordered styles={{ label: { width: isPhone ? 110 : 190 } }} items={items} />;
}

/** "May be entitled to free legal aid": each party whose facts point to a beneficiary group, and the groups. */
export function LegalAidHintsNotice({ hints }: { hints: MediationCase['legalAidHints'] }) {
  const t = useCommunityText();
  if (hints.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="mediation-legal-aid-hints"
      title={
        <div>
          {hints.map((hint, index) => (
            <div key={index}>
              {format(t.cases.legalAidHint, {
                party: hint.party,
                groups: hint.groups.map((group) => t.legalAid.groups[group]).join(', '),
              })}
            </div>
          ))}
        </div>
      }
    />
  );
}
