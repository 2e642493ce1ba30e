import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';

/** The citizens concerned by a conclusion, asked "has it been done?" once it is marked done: a name and an e-mail or a phone. */
export function BeneficiariesEditor({ conclusion }: { conclusion: number }) {
  const { m } = useI18n();
  const t = m.commitments.conclusions;
  return (
    <Form.List name={[conclusion, 'beneficiaries']}>
      {(fields, { add, remove }) => (
        <div>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
            {t.beneficiaries}
          </Typography.Text>
          {fields.map((field) => (
            <Row key={field.key} gutter={8}>
              <Col xs={24} md={8}>
                <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: m.common.required }]}>
                  <Input placeholder={t.beneficiaryName} aria-label={t.beneficiaryName} maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={[field.name, 'email']} rules={[{ type: 'email', message: t.beneficiaryEmailInvalid }]}>
                  <Input type="email" placeholder={t.beneficiaryEmail} aria-label={t.beneficiaryEmail} maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={20} md={7}>
                <Form.Item name={[field.name, 'phone']}>
                  <Input type="tel" placeholder={t.beneficiaryPhone} aria-label={t.beneficiaryPhone} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t.removeBeneficiary}
                  title={t.removeBeneficiary}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {t.addBeneficiary}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
