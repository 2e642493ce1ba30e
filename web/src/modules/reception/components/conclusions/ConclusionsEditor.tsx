import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { UnitSelect } from '../../../units/components/UnitSelect';
import { listItemStyle } from '../../../procedures/components/form/listItemStyle';
import { BeneficiariesEditor } from './BeneficiariesEditor';
import { newConclusion, type ConclusionValues } from './conclusionForm';

type Unit = { id: string; code: string | null; name: string | null };
type Props = { defaultUnit: Unit; testId?: string };

/**
 * The conclusions agreed (a dialogue's minutes, a head's notice after a session), each to become a
 * commitment: what, the public wording, the owner unit and person, due on a date or in so many
 * working days, the evidence expected and the citizens to ask once it is done.
 */
export function ConclusionsEditor({ defaultUnit, testId = 'conclusions' }: Props) {
  const { m } = useI18n();
  const t = m.commitments.conclusions;
  const required = { required: true, whitespace: true, message: m.common.required };
  const conclusions: ConclusionValues[] | undefined = Form.useWatch('conclusions');
  return (
    <Form.List name="conclusions">
      {(fields, { add, remove }) => (
        <div data-testid={testId}>
          {fields.length === 0 && <Typography.Paragraph type="secondary">{t.none}</Typography.Paragraph>}
          {fields.map((field, index) => {
            const dueMode = conclusions?.[field.name]?.dueMode ?? 'days';
            return (
              <div key={field.key} style={listItemStyle} data-testid={`${testId}-${index}`}>
                <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{format(t.item, { n: index + 1 })}</Typography.Text>
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t.remove}
                    title={t.remove}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
                <Form.Item name={[field.name, 'text']} label={t.text} rules={[required]}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid={`${testId}-${index}-text`} />
                </Form.Item>
                <Form.Item name={[field.name, 'publicText']} label={t.publicText} extra={t.publicTextHint} rules={[required]}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} data-testid={`${testId}-${index}-public`} />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={[field.name, 'ownerUnitId']}
                      label={t.ownerUnit}
                      rules={[{ required: true, message: m.common.required }]}
                    >
                      <UnitSelect initial={defaultUnit} data-testid={`${testId}-${index}-unit`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'ownerName']} label={t.ownerName} rules={[required]}>
                      <Input maxLength={200} data-testid={`${testId}-${index}-owner`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item name={[field.name, 'dueMode']} label={t.due}>
                      <Radio.Group
                        options={(['days', 'date'] as const).map((value) => ({ value, label: t.dueModes[value] }))}
                        data-testid={`${testId}-${index}-due-mode`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={14}>
                    {dueMode === 'date' ? (
                      <Form.Item name={[field.name, 'dueOn']} label={t.dueOn} rules={[{ required: true, message: m.common.required }]}>
                        <Input type="date" data-testid={`${testId}-${index}-due-on`} />
                      </Form.Item>
                    ) : (
                      <Form.Item
                        name={[field.name, 'workingDays']}
                        label={t.workingDays}
                        rules={[{ required: true, message: m.common.required }]}
                      >
                        <InputNumber<number>
                          min={1}
                          max={365}
                          precision={0}
                          style={{ width: '100%' }}
                          data-testid={`${testId}-${index}-days`}
                        />
                      </Form.Item>
                    )}
                  </Col>
                </Row>
                <Form.Item name={[field.name, 'expectedEvidence']} label={t.expectedEvidence} rules={[required]}>
                  <Input maxLength={1000} data-testid={`${testId}-${index}-evidence`} />
                </Form.Item>
                <BeneficiariesEditor conclusion={field.name} />
              </div>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newConclusion(defaultUnit.id))} data-testid={`${testId}-add`}>
            {t.add}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
