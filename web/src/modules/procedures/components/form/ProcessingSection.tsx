import { Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { type ProcessingTimeUnit, processingTimeUnits } from '@contracts/catalog';
import type { ProcedureFormValues } from '../../procedureForm';

/** The processing time (unit and value) and whether the clock may stop for supplements. */
export function ProcessingSection() {
  const { m, locale } = useI18n();
  const p = m.procedures;
  const form = Form.useFormInstance<ProcedureFormValues>();
  const unit = Form.useWatch(['processingTime', 'unit'], form) as ProcessingTimeUnit | undefined;
  const noValue = unit === 'on_the_spot' || unit === 'same_day';
  return (
    <Row gutter={16} align="bottom">
      <Col xs={24} md={8}>
        <Form.Item
          name={['processingTime', 'unit']}
          label={p.fields.processingTime}
          rules={[{ required: true, message: m.common.required }]}
        >
          <Select
            data-testid="procedure-time-unit"
            options={processingTimeUnits.map((value) => ({ value, label: p.processingUnits[value] }))}
            onChange={(value: ProcessingTimeUnit) => {
              if (value === 'on_the_spot' || value === 'same_day') form.setFieldValue(['processingTime', 'value'], 0);
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name={['processingTime', 'value']} rules={[{ required: true, message: m.common.required }]}>
          <InputNumber
            min={0}
            max={365}
            step={unit === 'working_hours' ? 0.5 : 1}
            precision={unit === 'working_hours' ? 1 : 0}
            disabled={noValue}
            decimalSeparator={locale === 'vi' ? ',' : '.'}
            style={{ width: '100%' }}
            aria-label={p.fields.processingTime}
            data-testid="procedure-time-value"
            suffix={unit && !noValue ? p.processingUnits[unit] : undefined}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name="canPauseForSupplement" label={p.fields.canPauseForSupplement} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}
