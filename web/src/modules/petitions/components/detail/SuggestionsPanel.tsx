import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Tag, Typography } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { ClassificationFacts, IneligibilityReason } from '@contracts/petitions';
import { petitionsApi, type Suggestions } from '../../api/petitionsApi';

type Flag = 'sentToSeveralBodies' | 'courtSeized' | 'secondDecisionIssued' | 'alreadyGuided';
const flags: Flag[] = ['sentToSeveralBodies', 'alreadyGuided', 'secondDecisionIssued', 'courtSeized'];

type Props = {
  petitionId: string;
  /** The competence and earlier settlement chosen on the form, checked with the facts. */
  formFacts: () => Pick<ClassificationFacts, 'competenceScope' | 'settlementStatus'>;
  onApply: (isEligible: boolean, reasons: IneligibilityReason[]) => void;
};

/** The facts the officer knows, checked against the rules: each suggestion with its reason and legal basis; nothing is recorded. */
export function SuggestionsPanel({ petitionId, formFacts, onApply }: Props) {
  const { m, locale } = useI18n();
  const t = m.petitions.classify;
  const handleProblem = useProblemHandler();
  const [checked, setChecked] = useState<Flag[]>([]);
  const [decisionKnownOn, setDecisionKnownOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Suggestions | null>(null);
  const formFactsRef = useRef(formFacts);
  useLayoutEffect(() => {
    formFactsRef.current = formFacts;
  });

  const check = async (facts: ClassificationFacts) => {
    setBusy(true);
    try {
      setResult(await petitionsApi.suggest(petitionId, facts));
    } catch (error) {
      handleProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const currentFacts = (): ClassificationFacts => ({
    ...formFactsRef.current(),
    ...Object.fromEntries(checked.map((flag) => [flag, true])),
    ...(decisionKnownOn ? { decisionKnownOn } : {}),
  });

  // What the rules say of the petition as recorded, as soon as the form opens.
  useEffect(() => {
    void check(formFactsRef.current());
  }, [petitionId]);

  const reasons = (result?.suggestions ?? []).flatMap((suggestion) => (suggestion.reason ? [suggestion.reason] : []));
  return (
    <div style={{ background: 'rgba(0,0,0,0.02)', border: '1px solid rgba(0,0,0,0.06)', borderRadius: 8, padding: 12, marginBottom: 16 }}>
      <Typography.Text strong>{t.factsTitle}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t.factsHint}
      </Typography.Paragraph>
      <Flex gap={12} wrap align="center">
        <Checkbox.Group
          value={checked}
          onChange={(values) => setChecked(values)}
          options={flags.map((flag) => ({ value: flag, label: t[flag] }))}
        />
        <Flex gap={8} align="center">
          <Typography.Text style={{ fontSize: 13 }}>{t.decisionKnownOn}</Typography.Text>
          <Input
            type="date"
            size="small"
            value={decisionKnownOn}
            onChange={(event) => setDecisionKnownOn(event.target.value)}
            style={{ width: 150 }}
            aria-label={t.decisionKnownOn}
          />
        </Flex>
        <Button size="small" loading={busy} onClick={() => void check(currentFacts())} data-testid="classify-check">
          {t.check}
        </Button>
      </Flex>
      {result && (
        <div data-testid="classify-suggestions" data-eligible={String(result.isEligible)} style={{ marginTop: 12 }}>
          <Flex gap={8} wrap align="center">
            {result.isEligible ? (
              <Tag color="green" icon={<CheckCircleOutlined />}>
                {t.suggestEligible}
              </Tag>
            ) : (
              <Tag color="red" icon={<WarningOutlined />}>
                {t.suggestNotEligible}
              </Tag>
            )}
            {result.isSkippedLevel && <Tag color="orange">{t.suggestSkipped}</Tag>}
            {result.isManySigners && <Tag color="gold">{t.suggestManySigners}</Tag>}
            <Button size="small" type="link" onClick={() => onApply(result.isEligible, reasons)} data-testid="classify-apply">
              {t.apply}
            </Button>
          </Flex>
          {result.suggestions.map((suggestion, index) => (
            <div key={index} style={{ marginTop: 8 }} data-testid="classify-suggestion">
              <Typography.Text type={suggestion.reason ? 'danger' : undefined}>{suggestion.text[locale]}</Typography.Text>
              <div style={{ fontSize: 12, opacity: 0.75 }}>
                {format(t.legalBasis, { basis: suggestion.legalBasis })} · {m.petitions.confidence[suggestion.confidence]}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
