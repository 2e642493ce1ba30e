import { Alert, Form, Input, Select, type FormInstance } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierDetail, IntakeDecisionName, OnlineIntakeDecision } from '@contracts/dossiers';
import type { ActOutcome } from '../../hooks/useDossier';
import { CommandDialog, CommandForm } from './CommandDialog';

type Values = { reason?: string; missingDocuments?: string[] };

type Props = {
  decision: IntakeDecisionName | null;
  dossier: DossierDetail;
  onDecide: (decision: OnlineIntakeDecision, form: FormInstance) => Promise<ActOutcome>;
  onClose: () => void;
};

function toDecision(decision: IntakeDecisionName, values: Values): OnlineIntakeDecision {
  const reason = values.reason?.trim() ?? '';
  if (decision === 'receive') return { decision };
  if (decision === 'refuse') return { decision, reason };
  return { decision, reason, missingDocuments: (values.missingDocuments ?? []).map((name) => name.trim()).filter(Boolean) };
}

/** The officer's decision on an online submission: receive it, guide the applicant once with everything missing, or refuse it. */
export function IntakeDecisionModal({ decision, dossier, onDecide, onClose }: Props) {
  const { m } = useI18n();
  const t = m.dossiers.action;
  const suggestions = dossier.documents.map((document) => ({ value: document.name, label: document.name }));
  return (
    <CommandDialog open={decision !== null} title={decision ? m.dossiers.decisions[decision] : ''} onClose={onClose}>
      {decision && (
        <CommandForm<Values>
          send={(values, form) => onDecide(toDecision(decision, values), form)}
          onClose={onClose}
          danger={decision === 'refuse'}
          autoFocusSubmit={decision === 'receive'}
          submitTestId="decision-submit"
        >
          {decision === 'receive' && <Alert type="info" showIcon message={m.dossiers.decision.receiveHint} style={{ marginBottom: 16 }} />}
          {decision === 'guide' && (
            <Form.Item
              name="missingDocuments"
              label={t.missingDocuments}
              extra={t.missingHint}
              rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}
            >
              <Select
                mode="tags"
                tokenSeparators={[';']}
                options={suggestions}
                open={suggestions.length ? undefined : false}
                data-testid="decision-missing"
              />
            </Form.Item>
          )}
          {decision !== 'receive' && (
            <Form.Item
              name="reason"
              label={t.reason}
              extra={t.reasonHint}
              rules={[{ required: true, whitespace: true, min: 5, message: t.reasonHint }]}
            >
              <Input.TextArea rows={3} maxLength={2000} showCount autoFocus data-testid="decision-reason" />
            </Form.Item>
          )}
        </CommandForm>
      )}
    </CommandDialog>
  );
}
