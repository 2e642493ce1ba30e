import { Button, Flex, Typography } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierActionName, IntakeDecisionName } from '@contracts/dossiers';

/** The usual next move, in order of preference: the one button drawn as primary. */
const primary: DossierActionName[] = ['approve', 'return', 'receive_supplement', 'hand_over'];
const danger: DossierActionName[] = ['stop', 'withdraw'];

type Props = {
  actions: DossierActionName[];
  onPick: (action: DossierActionName) => void;
  /** An online submission waiting to be checked: receive (the primary button), guide or refuse. */
  decisions?: IntakeDecisionName[];
  onDecide?: (decision: IntakeDecisionName) => void;
};

/** One button per action the dossier allows now and the officer may take. */
export function DossierActions({ actions, onPick, decisions = [], onDecide }: Props) {
  const { m } = useI18n();
  if (actions.length === 0 && decisions.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="dossier-no-actions">
        {m.dossiers.detail.noActions}
      </Typography.Text>
    );
  }
  const first = decisions.length > 0 ? undefined : primary.find((action) => actions.includes(action));
  return (
    <Flex gap={8} wrap justify="end" data-testid="dossier-actions">
      {decisions.map((decision) => (
        <Button
          key={decision}
          type={decision === 'receive' ? 'primary' : 'default'}
          danger={decision === 'refuse'}
          onClick={() => onDecide?.(decision)}
          data-testid={`dossier-decision-${decision}`}
        >
          {m.dossiers.decisions[decision]}
        </Button>
      ))}
      {actions.map((action) => (
        <Button
          key={action}
          type={action === first ? 'primary' : 'default'}
          danger={danger.includes(action)}
          onClick={() => onPick(action)}
          data-testid={`dossier-action-${action}`}
        >
          {m.dossiers.actions[action] ?? action}
        </Button>
      ))}
    </Flex>
  );
}
