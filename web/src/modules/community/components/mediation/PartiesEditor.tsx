import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useCommunityText } from '../../communityText';

/** The parties of a case, two at least: name, address and phone each (server errors land on `parties.N.field`). */
export function PartiesEditor() {
  const t = useCommunityText();
  const { m } = useI18n();
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <div key={field.key} data-testid={`case-party-${index}`}>
              <Typography.Text strong>{format(t.cases.party, { n: index + 1 })}</Typography.Text>
              <Row gutter={8} align="top">
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'fullName']}
                    label={t.cases.partyName}
                    rules={[{ required: true, whitespace: true, message: m.common.required }]}
                  >
                    <Input maxLength={200} autoComplete="off" data-testid={`case-party-name-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={9}>
                  <Form.Item name={[field.name, 'address']} label={t.cases.partyAddress}>
                    <Input maxLength={500} autoComplete="off" data-testid={`case-party-address-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={6}>
                  <Form.Item name={[field.name, 'phone']} label={t.cases.partyPhone}>
                    <Input inputMode="tel" maxLength={15} autoComplete="off" data-testid={`case-party-phone-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                  {fields.length > 2 && (
                    <Button type="text" icon={<DeleteOutlined />} aria-label={m.common.remove} onClick={() => remove(field.name)} />
                  )}
                </Col>
              </Row>
            </div>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }} data-testid="case-party-add">
            {t.cases.addParty}
          </Button>
        </>
      )}
    </Form.List>
  );
}
