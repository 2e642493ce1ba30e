import { Button, Col, Flex, Form, Input, Radio, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import {
  competenceScopes,
  competentBodyTypes,
  ineligibilityReasons,
  petitionFieldLabels,
  petitionFields,
  petitionKinds,
  settlementStatuses,
  type Petition,
} from '@contracts/petitions';
import { UnitSelect } from '../../../units/components/UnitSelect';
import { petitionsApi } from '../../api/petitionsApi';
import type { RunCommand } from '../../hooks/usePetition';
import { initialClassification, toClassification, type ClassificationValues } from './classificationForm';
import { SuggestionsPanel } from './SuggestionsPanel';

type Props = { petition: Petition; run: RunCommand; onDone: () => void; onCancel?: () => void };

/** The classification on the legal axes, with the rules' suggestions above it; saved with the version shown. */
export function ClassificationForm({ petition, run, onDone, onCancel }: Props) {
  const { m, locale } = useI18n();
  const t = m.petitions.classify;
  const [form] = Form.useForm<ClassificationValues>();
  const [busy, setBusy] = useState(false);
  const isEligible = Form.useWatch('isEligible', form);
  const scope = Form.useWatch(['competence', 'scope'], form);
  const field = Form.useWatch('field', form);
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: ClassificationValues) => {
    setBusy(true);
    const outcome = await run((version) => petitionsApi.classify(petition.id, version, toClassification(values)), t.done, form);
    setBusy(false);
    if (outcome !== 'failed') onDone();
  };

  return (
    <Form<ClassificationValues>
      form={form}
      layout="vertical"
      initialValues={initialClassification(petition)}
      onFinish={(values) => void onFinish(values)}
    >
      <SuggestionsPanel
        petitionId={petition.id}
        formFacts={() => ({
          competenceScope: form.getFieldValue(['competence', 'scope']) as ClassificationValues['competence']['scope'] | undefined,
          settlementStatus: form.getFieldValue('settlementStatus') as ClassificationValues['settlementStatus'] | undefined,
        })}
        onApply={(eligible, reasons) => form.setFieldsValue({ isEligible: eligible, reasons })}
      />
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="kind" label={t.kind} rules={[required]}>
            <Select data-testid="classify-kind" options={petitionKinds.map((value) => ({ value, label: m.petitions.kinds[value] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="field" label={t.field} rules={[required]}>
            <Select
              data-testid="classify-field"
              data-value={field ?? ''}
              options={petitionFields.map((value) => ({ value, label: petitionFieldLabels[value][locale] }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="isEligible" label={t.eligible} rules={[required]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: <span data-testid="classify-eligible-yes">{t.yes}</span> },
            { value: false, label: <span data-testid="classify-eligible-no">{t.no}</span> },
          ]}
        />
      </Form.Item>
      {isEligible === false && (
        <Form.Item name="reasons" label={t.reasons} rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}>
          <Select
            mode="multiple"
            data-testid="classify-reasons"
            options={ineligibilityReasons.map((value) => ({ value, label: m.petitions.reasons[value] }))}
          />
        </Form.Item>
      )}
      <Form.Item name={['competence', 'scope']} label={t.scope} rules={[required]}>
        <Radio.Group
          options={competenceScopes.map((value) => ({
            value,
            label: <span data-testid={`classify-scope-${value}`}>{m.petitions.scopes[value]}</span>,
          }))}
        />
      </Form.Item>
      {scope === 'subordinate' && (
        <Form.Item name={['competence', 'unitId']} label={t.subordinateUnit} rules={[required]}>
          <UnitSelect data-testid="classify-unit" />
        </Form.Item>
      )}
      {scope === 'other' && (
        <Form.Item name={['competence', 'bodyType']} label={t.bodyType} rules={[required]}>
          <Select
            data-testid="classify-body"
            options={competentBodyTypes.map((value) => ({ value, label: m.petitions.bodyTypes[value] }))}
          />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="settlementStatus" label={t.priorSettlement} rules={[required]}>
            <Select
              data-testid="classify-prior"
              options={settlementStatuses.map((value) => ({ value, label: m.petitions.priorSettlements[value] }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="hasOriginals" label={t.hasOriginals} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        {onCancel && <Button onClick={onCancel}>{m.common.cancel}</Button>}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="classify-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}
