import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, InputNumber, Row, Select, Switch, Tag } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { documentForms } from '@contracts/catalog';
import { newDocument } from '../../procedureForm';
import { ListErrors } from './ListErrors';
import { listItemStyle } from './listItemStyle';

/** The required documents: name, form, copies, required or not, template and note. */
export function DocumentsEditor() {
  const { m } = useI18n();
  const p = m.procedures;
  const d = p.document;
  const required = { required: true, message: m.common.required };
  return (
    <Form.List name="documents">
      {(fields, { add, remove }, { errors }) => (
        <div id="documents" data-testid="documents-editor">
          {fields.map((field, index) => (
            <div key={field.key} style={listItemStyle}>
              <Flex gap={8} align="start">
                <Tag style={{ marginTop: 5, minWidth: 28, textAlign: 'center' }}>{index + 1}</Tag>
                <Form.Item name={[field.name, 'name']} rules={[{ ...required, whitespace: true }]} style={{ flex: 1, marginBottom: 8 }}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={d.name} aria-label={d.name} />
                </Form.Item>
                <Button danger icon={<DeleteOutlined />} aria-label={p.removeItem} title={p.removeItem} onClick={() => remove(index)} />
              </Flex>
              <Row gutter={12} style={{ paddingInlineStart: 36 }}>
                <Col xs={24} md={9}>
                  <Form.Item name={[field.name, 'form']} label={d.form} rules={[required]}>
                    <Select options={documentForms.map((value) => ({ value, label: p.documentForms[value] }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'count']} label={d.count} rules={[required]}>
                    <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'isRequired']} label={d.required} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item name={[field.name, 'templateName']} label={d.templateName}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name={[field.name, 'note']} label={d.note} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                </Col>
              </Row>
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...newDocument })} data-testid="document-add">
            {d.add}
          </Button>
          <ListErrors errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
