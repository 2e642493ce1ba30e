import { Col, Form, Input, Row, Switch } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';

/** Publication on the portal, the sample flag, the effective date and the change note. */
export function PublishSection() {
  const { m } = useI18n();
  const p = m.procedures;
  const f = p.fields;
  return (
    <Row gutter={16}>
      <Col xs={12} md={5}>
        <Form.Item name="isPublished" label={f.isPublished} valuePropName="checked">
          <Switch data-testid="procedure-published" />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item name="isSample" label={f.isSample} valuePropName="checked" tooltip={p.sampleHint}>
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="effectiveFrom" label={f.effectiveFrom} rules={[{ required: true, message: m.common.required }]}>
          <Input type="date" data-testid="procedure-effective-from" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="changeNote" label={f.changeNote}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      </Col>
    </Row>
  );
}
