import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { applicantKinds, handlingLevels } from '@contracts/catalog';

/** Code, name, sector and field, levels, applicants and legal basis. */
export function GeneralSection({ isEdit }: { isEdit: boolean }) {
  const { m } = useI18n();
  const p = m.procedures;
  const f = p.fields;
  const required = { required: true, whitespace: true, message: m.common.required };
  return (
    <Row gutter={16}>
      <Col xs={24} md={6}>
        <Form.Item
          name="code"
          label={f.code}
          extra={isEdit ? undefined : p.hints.code}
          rules={[required, { pattern: /^\s*\d\.\d{6}\s*$/, message: p.hints.code }]}
        >
          <Input disabled={isEdit} placeholder="1.001193" data-testid="procedure-code" />
        </Form.Item>
      </Col>
      <Col xs={24} md={18}>
        <Form.Item name="name" label={f.name} rules={[required, { min: 3, message: m.common.required }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="procedure-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="sectorName" label={f.sectorName} rules={[required]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name="fieldName" label={f.fieldName} rules={[required]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="fieldCode" label={f.fieldCode}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="levels" label={f.levels} rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}>
          <Checkbox.Group options={handlingLevels.map((level) => ({ value: level, label: p.levels[level] }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="applicants" label={f.applicants} rules={[{ required: true, type: 'array', min: 1, message: m.common.required }]}>
          <Checkbox.Group options={applicantKinds.map((kind) => ({ value: kind, label: p.applicants[kind] }))} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="legalBasis" label={f.legalBasis} extra={p.hints.legalBasis} rules={[required]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
