import { Checkbox, Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { deliveryOptions, onlineLevels } from '@contracts/catalog';

/** Online level, delivery, where to submit, results and record retention. */
export function DeliverySection() {
  const { m } = useI18n();
  const p = m.procedures;
  const f = p.fields;
  const required = { required: true, message: m.common.required };
  return (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Form.Item name="onlineLevel" label={f.onlineLevel} rules={[required]}>
          <Radio.Group optionType="button" options={onlineLevels.map((level) => ({ value: level, label: p.onlineLevels[level] }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item name="deliveryOptions" label={f.deliveryOptions} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Checkbox.Group options={deliveryOptions.map((option) => ({ value: option, label: p.deliveryOptions[option] }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={18}>
        <Form.Item name="whereToSubmit" label={f.whereToSubmit}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="retentionYears" label={f.retentionYears}>
          <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} suffix={p.yearsUnit} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="results" label={f.results} extra={p.hints.results} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
