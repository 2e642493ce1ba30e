import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Table } from 'antd';
import type { FormListFieldData } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { newParticipant, type ParticipantValues } from './dialogueForms';

/**
 * The participants of the minutes as an editable table: name, capacity, opinion, signed — and for
 * one who does not sign, the reason (art. 30(4)).
 */
export function ParticipantsEditor() {
  const { m } = useI18n();
  const t = m.dialogues.participants;
  const participants: ParticipantValues[] | undefined = Form.useWatch('participants');
  const required = { required: true, whitespace: true, message: m.common.required };
  const cell = { style: { marginBottom: 0 } };
  return (
    <Form.List name="participants">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="participants">
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 860 }}
            locale={{ emptyText: t.none }}
            columns={[
              {
                key: 'name',
                title: t.name,
                width: 180,
                render: (_value, field) => (
                  <Form.Item name={[field.name, 'name']} rules={[required]} {...cell}>
                    <Input maxLength={200} aria-label={t.name} data-testid={`participant-name-${field.name}`} />
                  </Form.Item>
                ),
              },
              {
                key: 'role',
                title: t.role,
                width: 170,
                render: (_value, field) => (
                  <Form.Item name={[field.name, 'role']} rules={[required]} {...cell}>
                    <Input
                      maxLength={200}
                      aria-label={t.role}
                      placeholder={t.rolePlaceholder}
                      data-testid={`participant-role-${field.name}`}
                    />
                  </Form.Item>
                ),
              },
              {
                key: 'opinion',
                title: t.opinion,
                render: (_value, field) => (
                  <Form.Item name={[field.name, 'opinion']} {...cell}>
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      maxLength={4000}
                      aria-label={t.opinion}
                      data-testid={`participant-opinion-${field.name}`}
                    />
                  </Form.Item>
                ),
              },
              {
                key: 'signed',
                title: t.signed,
                width: 70,
                align: 'center',
                render: (_value, field) => (
                  <Form.Item name={[field.name, 'signed']} valuePropName="checked" {...cell}>
                    <Checkbox aria-label={t.signed} data-testid={`participant-signed-${field.name}`} />
                  </Form.Item>
                ),
              },
              {
                key: 'refusal',
                title: t.refusalReason,
                width: 190,
                render: (_value, field) =>
                  participants?.[field.name]?.signed === false ? (
                    <Form.Item name={[field.name, 'refusalReason']} rules={[required]} {...cell}>
                      <Input maxLength={500} aria-label={t.refusalReason} data-testid={`participant-refusal-${field.name}`} />
                    </Form.Item>
                  ) : null,
              },
              {
                key: 'remove',
                title: '',
                width: 48,
                render: (_value, field) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t.remove}
                    title={t.remove}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add({ ...newParticipant })}
            style={{ marginTop: 8 }}
            data-testid="participant-add"
          >
            {t.add}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
