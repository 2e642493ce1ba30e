import { Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import {
  complexityCriteria,
  complexityCriterionLabels,
  noticeRecipients,
  settlementResults,
  type SettlementKind,
  type SettlementStep,
} from '@contracts/settlements';

type Props = { step: SettlementStep['step']; kind: SettlementKind };

/** The fields one step asks for: references, recipients, the dialogue's attendance, days and criteria, the result and its text… */
export function StepFields({ step, kind }: Props) {
  const { m, locale } = useI18n();
  const t = m.settlements.step;
  const required = { required: true, whitespace: true, message: m.common.required };
  const text = (name: string, label: string, max: number, testId: string, isRequired = true) => (
    <Form.Item name={name} label={label} rules={isRequired ? [required] : []}>
      <Input maxLength={max} data-testid={testId} />
    </Form.Item>
  );
  const area = (name: string, label: string, max: number, testId: string, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra} rules={[required]}>
      <Input.TextArea rows={4} maxLength={max} showCount data-testid={testId} />
    </Form.Item>
  );
  const decisionRef = text('decisionRef', t.decisionRef, 100, 'step-decision-ref');
  const result = Form.useWatch('result') as string | undefined;
  const results = settlementResults.filter((result) => (kind === 'recommendation') === (result === 'answered'));

  switch (step) {
    case 'notify':
      return (
        <Form.Item name="recipients" label={t.recipients} rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}>
          <Checkbox.Group
            data-testid="step-recipients"
            options={noticeRecipients
              .filter((recipient) => recipient !== 'denounced' || kind === 'denunciation')
              .map((value) => ({ value, label: m.settlements.recipients[value] }))}
          />
        </Form.Item>
      );
    case 'assign_verification':
      return (
        <>
          {text('assignee', t.assignee, 200, 'step-assignee')}
          {text('decisionRef', t.decisionRef, 100, 'step-decision-ref', false)}
        </>
      );
    case 'verify':
      return (
        <>
          {text('reportRef', t.reportRef, 100, 'step-report-ref')}
          {kind !== 'recommendation' && (
            <Form.Item name="findingsDifferFromClaim" label={t.findingsDiffer} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </>
      );
    case 'dialogue':
      return (
        <>
          {text('minutesRef', t.minutesRef, 100, 'step-minutes-ref')}
          <Form.Item name="attendance" label={t.attendance} rules={[{ required: true, message: m.common.required }]}>
            <Radio.Group options={(['held', 'petitioner_absent'] as const).map((value) => ({ value, label: t.attendances[value] }))} />
          </Form.Item>
        </>
      );
    case 'extend':
      return (
        <>
          {decisionRef}
          <Form.Item name="days" label={t.days} rules={[{ required: true, message: m.common.required }]}>
            <InputNumber<number> min={1} max={30} precision={0} style={{ width: 160 }} data-testid="step-days" />
          </Form.Item>
          <Form.Item name="criteria" label={t.criteria} rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}>
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={complexityCriteria.map((value) => ({ value, label: complexityCriterionLabels[value][locale] }))}
            />
          </Form.Item>
        </>
      );
    case 'suspend':
    case 'terminate':
      return (
        <>
          {decisionRef}
          <Form.Item name="reason" label={t.reason} rules={[required]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="step-reason" />
          </Form.Item>
        </>
      );
    case 'resume':
      return decisionRef;
    case 'withdraw':
      return (
        <>
          <Form.Item name="scope" label={t.scope} rules={[{ required: true, message: m.common.required }]}>
            <Radio.Group options={(['whole', 'part'] as const).map((value) => ({ value, label: t.scopes[value] }))} />
          </Form.Item>
          <Form.Item name="note" label={t.note}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          {kind === 'denunciation' && (
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="evidentViolation" label={t.evidentViolation} valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="coerced" label={t.coerced} valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Col>
            </Row>
          )}
        </>
      );
    case 'decide':
      return (
        <>
          {decisionRef}
          <Form.Item name="result" label={t.result} rules={[{ required: true, message: m.common.required }]}>
            <Select
              data-testid="step-result"
              data-value={result ?? ''}
              options={results.map((value) => ({ value, label: m.settlements.results[value] }))}
            />
          </Form.Item>
          {area('summary', t.summary, 4000, 'step-summary', kind === 'recommendation' ? t.summaryHint : undefined)}
          {kind !== 'recommendation' && <Remedies />}
        </>
      );
    case 'publish':
      return text('how', t.how, 300, 'step-how');
    case 'appeal':
      return (
        <Form.Item name="to" label={t.appealTo} rules={[{ required: true, message: m.common.required }]}>
          <Radio.Group
            options={(kind === 'complaint_first' ? (['second_instance', 'court'] as const) : (['court'] as const)).map((value) => ({
              value,
              label: t.appealTargets[value],
            }))}
          />
        </Form.Item>
      );
    case 'enforce':
      return area('note', t.note, 2000, 'step-note');
    case 'escalate':
      return text('to', t.escalateTo, 300, 'step-to');
  }
}

/** What a complaint's or denunciation's decision recovers and who is disciplined (the settlement figures count them). */
function Remedies() {
  const { m } = useI18n();
  const t = m.settlements.step;
  const fields = [
    ['moneyToStateMillion', t.moneyToState, false],
    ['moneyToCitizensMillion', t.moneyToCitizens, false],
    ['landM2', t.land, false],
    ['personsDisciplined', t.disciplined, true],
    ['personsToInvestigation', t.toInvestigation, true],
  ] as const;
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, marginBottom: 8 }}>{t.remedies}</legend>
      <Row gutter={12}>
        {fields.map(([name, label, whole]) => (
          <Col xs={24} sm={12} key={name}>
            <Form.Item name={['remedies', name]} label={label}>
              <InputNumber<number> min={0} precision={whole ? 0 : 2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </fieldset>
  );
}
