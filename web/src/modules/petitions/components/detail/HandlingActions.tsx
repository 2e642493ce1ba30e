import { Button, Flex } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { PetitionOutcome } from '@contracts/petitions';

/** One button per handling outcome that fits the petition now; accepting is the usual move. */
export function HandlingActions({ outcomes, onPick }: { outcomes: PetitionOutcome[]; onPick: (outcome: PetitionOutcome) => void }) {
  const { m } = useI18n();
  if (outcomes.length === 0) return null;
  return (
    <Flex gap={8} wrap justify="end" data-testid="petition-actions">
      {outcomes.map((outcome) => (
        <Button
          key={outcome}
          type={outcome === 'accept' ? 'primary' : 'default'}
          onClick={() => onPick(outcome)}
          data-testid={`petition-outcome-${outcome}`}
        >
          {m.petitions.outcomes[outcome]}
        </Button>
      ))}
    </Flex>
  );
}
