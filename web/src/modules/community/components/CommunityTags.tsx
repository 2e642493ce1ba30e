import { Flex, Tag } from 'antd';
import type { ModelView } from '../api/modelsApi';
import type { DisclosureProblem } from '../api/disclosuresApi';
import type { MatterStatus } from '../api/mattersApi';
import type { LegalAidView } from '../api/legalAidApi';
import type { MediationCase, Team } from '@contracts/community';
import {
  disclosureProblemColours,
  legalAidStatusColours,
  matterStatusColours,
  mediationStatusColours,
  modelStatusColours,
  teamProblemColours,
  useCommunityText,
} from '../communityText';

export function MediationStatusTag({ status, testId }: { status: MediationCase['status']; testId?: string }) {
  const t = useCommunityText();
  return (
    <Tag color={mediationStatusColours[status]} data-testid={testId} data-status={status}>
      {t.cases.statuses[status]}
    </Tag>
  );
}

export function LegalAidStatusTag({ status, testId }: { status: LegalAidView['status']; testId?: string }) {
  const t = useCommunityText();
  return (
    <Tag color={legalAidStatusColours[status]} data-testid={testId} data-status={status}>
      {t.legalAid.statuses[status]}
    </Tag>
  );
}

export function ModelStatusTag({ status, testId }: { status: ModelView['status']; testId?: string }) {
  const t = useCommunityText();
  return (
    <Tag color={modelStatusColours[status]} data-testid={testId} data-status={status}>
      {t.models.statuses[status]}
    </Tag>
  );
}

/** What the team lacks by law, in words; a team that lacks nothing says so in green. */
export function TeamProblemTags({ problems }: { problems: Team['problems'] }) {
  const t = useCommunityText();
  if (problems.length === 0) return <Tag color="green">{t.teams.complete}</Tag>;
  return (
    <Flex gap={4} wrap data-testid="team-problems">
      {problems.map((problem) => (
        <Tag key={problem} color={teamProblemColours[problem]} data-problem={problem} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
          {t.teams.problemLabels[problem]}
        </Tag>
      ))}
    </Flex>
  );
}

export function MatterStatusTag({ status, testId }: { status: MatterStatus; testId?: string }) {
  const t = useCommunityText();
  return (
    <Tag color={matterStatusColours[status]} data-testid={testId} data-status={status}>
      {t.matters.statuses[status]}
    </Tag>
  );
}

/** What a disclosure's timing lacks, in Vietnamese badges; one that lacks nothing says so in green. */
export function DisclosureProblemTags({ problems }: { problems: DisclosureProblem[] }) {
  const t = useCommunityText();
  if (problems.length === 0) return <Tag color="green">{t.disclosures.ok}</Tag>;
  return (
    <Flex gap={4} wrap data-testid="disclosure-problems">
      {problems.map((problem) => (
        <Tag
          key={problem}
          color={disclosureProblemColours[problem]}
          data-problem={problem}
          style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
        >
          {t.disclosures.problemLabels[problem]}
        </Tag>
      ))}
    </Flex>
  );
}
