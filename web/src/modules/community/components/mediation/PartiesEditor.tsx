import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Collapse, Flex, Form, Input, Row, Typography } from 'antd';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useCommunityText } from '../../communityText';

const factFlags = ['poorHousehold', 'disabled', 'ethnicMinority', 'difficultArea'] as const;

/** A party's optional facts that may point to free legal aid, folded away until asked for. */
function PartyFactsFields({ name, index }: { name: number; index: number }) {
  const t = useCommunityText();
  return (
    <Collapse
      ghost
      size="small"
      style={{ marginTop: -12, marginBottom: 8 }}
      items={[
        {
          key: 'facts',
          label: t.cases.partyFacts,
          forceRender: true,
          children: (
            <>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t.cases.partyFactsHint}
              </Typography.Paragraph>
              <Row gutter={8} align="top">
                <Col xs={24} md={6}>
                  <Form.Item name={[name, 'birthDate']} label={t.cases.birthDate}>
                    <Input type="date" data-testid={`case-party-birth-date-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={18}>
                  <Flex wrap gap="0 16px" style={{ paddingTop: 4 }}>
                    {factFlags.map((flag) => (
                      <Form.Item key={flag} name={[name, flag]} valuePropName="checked" style={{ marginBottom: 4 }}>
                        <Checkbox data-testid={`case-party-${flag}-${index}`}>{t.cases[flag]}</Checkbox>
                      </Form.Item>
                    ))}
                  </Flex>
                </Col>
              </Row>
            </>
          ),
        },
      ]}
    />
  );
}

/**
 * The parties of a case, two at least: name, address and phone each, and optionally the facts that
 * may point to free legal aid (server errors land on `parties.N.field`).
 */
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
              <PartyFactsFields name={field.name} index={index} />
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
