import { Col, Form, Input, Row, Typography } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';

/** The petitioner's name, ID number, phone, address and e-mail (kept in the protected store). */
export function PetitionerFields() {
  const { m } = useI18n();
  const t = m.petitions.intake;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t.petitioner}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t.petitionerHint}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['petitioner', 'fullName']}
            label={t.fullName}
            rules={[{ required: true, whitespace: true, message: m.common.required }]}
          >
            <Input maxLength={200} autoComplete="off" data-testid="petition-petitioner-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['petitioner', 'idNumber']} label={t.idNumber} rules={[{ pattern: /^\d{12}$/, message: t.idNumberInvalid }]}>
            <Input inputMode="numeric" maxLength={12} autoComplete="off" data-testid="petition-petitioner-id" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['petitioner', 'phone']} label={t.phone}>
            <Input type="tel" autoComplete="off" data-testid="petition-petitioner-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['petitioner', 'email']} label={t.email} rules={[{ type: 'email', message: t.emailInvalid }]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['petitioner', 'address']} label={t.address}>
        <Input maxLength={500} autoComplete="off" data-testid="petition-petitioner-address" />
      </Form.Item>
    </>
  );
}
