import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { groupThousands, ungroupThousands } from '../../../../platform/format/numbers';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { feeKinds } from '@contracts/catalog';
import { newFee } from '../../procedureForm';
import { ListErrors } from './ListErrors';
import { listItemStyle } from './listItemStyle';

/** Fees and charges: kind, name, amount in VND, what it is per, and exemptions. */
export function FeesEditor() {
  const { m } = useI18n();
  const p = m.procedures;
  const f = p.fee;
  const required = { required: true, message: m.common.required };
  return (
    <Form.List name="fees">
      {(fields, { add, remove }, { errors }) => (
        <div id="fees" data-testid="fees-editor">
          {fields.length === 0 && <Typography.Paragraph type="secondary">{f.none}</Typography.Paragraph>}
          {fields.map((field) => (
            <div key={field.key} style={listItemStyle}>
              <Row gutter={12} align="bottom">
                <Col xs={24} md={4}>
                  <Form.Item name={[field.name, 'kind']} label={f.kind} rules={[required]}>
                    <Select options={feeKinds.map((kind) => ({ value: kind, label: p.feeKinds[kind] }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={11}>
                  <Form.Item name={[field.name, 'name']} label={f.name} rules={[{ ...required, whitespace: true }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={20} md={7}>
                  <Form.Item name={[field.name, 'amountVnd']} label={f.amount} rules={[required]}>
                    <InputNumber<number>
                      min={0}
                      max={1_000_000_000}
                      precision={0}
                      style={{ width: '100%' }}
                      suffix="₫"
                      formatter={(value) => groupThousands(ungroupThousands(String(value ?? '')))}
                      parser={(text) => Number(ungroupThousands(text))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Form.Item>
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={p.removeItem}
                      title={p.removeItem}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'per']} label={f.per} style={{ marginBottom: 0 }}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'exemptions']} label={f.exemptions} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                </Col>
              </Row>
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...newFee })} data-testid="fee-add">
            {f.add}
          </Button>
          <ListErrors errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
