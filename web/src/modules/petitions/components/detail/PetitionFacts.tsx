import { Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { formatMinute } from '../../../dossiers/dossierText';

/** Receipt, channel, kind, status, unit, forwarding, signers, repeats and the content, as the book holds them. */
export function PetitionFacts({ petition }: { petition: Petition }) {
  const { m, locale } = useI18n();
  const d = m.petitions.detail;
  const items = [
    { key: 'received', label: d.receivedAt, children: formatMinute(petition.receivedAt, locale) },
    { key: 'channel', label: d.channel, children: m.petitions.channels[petition.channel] },
    { key: 'kind', label: d.kind, children: m.petitions.kinds[petition.kind] },
    { key: 'status', label: d.status, children: m.petitions.statuses[petition.status] },
    { key: 'unit', label: d.unit, children: petition.unitName },
    { key: 'signers', label: d.signerCount, children: petition.signerCount },
    ...(petition.respondent ? [{ key: 'respondent', label: d.respondent, children: petition.respondent }] : []),
    ...(petition.decisionRef ? [{ key: 'decisionRef', label: d.decisionRef, children: petition.decisionRef }] : []),
    ...(petition.forwardedBy
      ? [
          {
            key: 'forwarded',
            label: d.forwardedBy,
            children: petition.forwardLetterRef ? `${petition.forwardedBy} (${petition.forwardLetterRef})` : petition.forwardedBy,
          },
        ]
      : []),
    ...(petition.duplicateOf
      ? [
          {
            key: 'duplicateOf',
            label: d.duplicateOf,
            children: (
              <Link to={`/petitions/${petition.duplicateOf}`} data-testid="petition-duplicate-of">
                {d.duplicateOfLink}
              </Link>
            ),
          },
        ]
      : []),
    ...(petition.duplicateCount > 0 ? [{ key: 'duplicates', label: d.duplicateCount, children: petition.duplicateCount }] : []),
    ...(petition.outcomeTo ? [{ key: 'outcomeTo', label: d.outcomeTo, children: petition.outcomeTo }] : []),
    ...(petition.handledAt ? [{ key: 'handled', label: d.handledAt, children: formatMinute(petition.handledAt, locale) }] : []),
    {
      key: 'content',
      label: d.content,
      span: 'filled' as const,
      children: (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="petition-content-summary">
          {petition.contentSummary}
        </Typography.Paragraph>
      ),
    },
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}
