import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { format } from '../../../../platform/i18n/format';
import { labelOf } from '../../../../platform/i18n/labels';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Matter } from '@contracts/petition-records';
import type { Petition } from '@contracts/petitions';
import { formatMinute } from '../../../dossiers/dossierText';
import { recordsApi } from '../../api/recordsApi';
import { settlementStatusColours } from '../../petitionText';
import { PetitionKindTag, PetitionStatusTag } from '../PetitionTags';

type Step = Matter['steps'][number];

const roleColours: Record<Step['role'], string> = {
  original: 'blue',
  repeat: 'gray',
  next_instance: 'purple',
  earlier_instance: 'purple',
  same_decision: 'orange',
};

/** The petition's matter across instances and bodies: its repeats, the earlier and next instances, petitions citing the same decision. */
export function MatterCard({ petition }: { petition: Petition }) {
  const { m } = useI18n();
  const t = m.petitionRecords.matter;
  const matter = useApiQuery(`petition-matter:${petition.id}:${petition.version}`, (signal) => recordsApi.matter(petition.id, signal));
  const steps = matter.data?.petitionId === petition.id ? matter.data.steps : [];
  // The petition itself is always a step of its matter: alone, the card says so rather than repeat the page.
  const alone = steps.length <= 1;

  return (
    <Card
      size="small"
      title={t.title}
      loading={matter.loading && steps.length === 0}
      style={{ marginBottom: 16 }}
      data-testid="petition-matter"
    >
      {alone ? (
        <Typography.Text type="secondary" data-testid="matter-alone">
          {t.alone}
        </Typography.Text>
      ) : (
        <Timeline
          items={steps.map((step) => ({
            key: step.petitionId,
            color: step.petitionId === petition.id ? 'green' : roleColours[step.role],
            content: <MatterStep step={step} current={step.petitionId === petition.id} />,
          }))}
        />
      )}
    </Card>
  );
}

function MatterStep({ step, current }: { step: Step; current: boolean }) {
  const { m, locale } = useI18n();
  const t = m.petitionRecords.matter;
  const title = format(t.petition, { bookNo: step.bookNo, year: step.year });
  const settlement = step.settlement;
  return (
    <div data-testid="matter-step" data-role={step.role} data-current={current}>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {formatMinute(step.receivedAt, locale)} · {step.unitName}
      </Typography.Text>
      <Flex gap={6} wrap align="center">
        {current ? (
          <Typography.Text strong>
            {title} ({t.current})
          </Typography.Text>
        ) : (
          <Link to={`/petitions/${step.petitionId}`} data-testid="matter-step-link">
            {title}
          </Link>
        )}
        <Tag color={roleColours[step.role]}>{t.roles[step.role]}</Tag>
        <PetitionKindTag kind={step.kind} />
        <PetitionStatusTag status={step.status} />
      </Flex>
      {step.decisionRef && (
        <Typography.Text style={{ display: 'block', fontSize: 13 }}>{format(t.decisionRef, { ref: step.decisionRef })}</Typography.Text>
      )}
      {settlement && (
        <Flex gap={6} wrap align="center" style={{ marginTop: 4, fontSize: 13 }}>
          <Typography.Text style={{ fontSize: 13 }}>{labelOf(m.settlements.kinds, settlement.kind) ?? settlement.kind}:</Typography.Text>
          <Tag color={labelOf(settlementStatusColours, settlement.status) ?? 'default'}>
            {labelOf(m.settlements.statuses, settlement.status) ?? settlement.status}
          </Tag>
          {settlement.result && (
            <Typography.Text strong style={{ fontSize: 13 }}>
              {labelOf(m.settlements.results, settlement.result) ?? settlement.result}
            </Typography.Text>
          )}
          {settlement.decidedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {format(t.decidedAt, { at: formatMinute(settlement.decidedAt, locale) })}
            </Typography.Text>
          )}
          {settlement.appealedTo.length > 0 && (
            <Typography.Text type="warning" style={{ fontSize: 13 }}>
              {format(t.appealedTo, {
                to: settlement.appealedTo.map((to) => labelOf(m.settlements.step.appealTargets, to) ?? to).join(', '),
              })}
            </Typography.Text>
          )}
        </Flex>
      )}
    </div>
  );
}
