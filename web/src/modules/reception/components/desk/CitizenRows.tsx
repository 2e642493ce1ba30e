import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { citizenRoles } from '@contracts/reception';
import { foldedSearch } from '../../receptionText';
import { emptyCitizen } from './visitForm';

type Props = {
  /** The first citizen's name, where the focus goes back for the next entry. */
  firstRef: Ref<InputRef>;
};

/**
 * The citizens who came, one row each (name, ID number, address, role): a row added takes the focus,
 * the remove button shows from the second row on. A group's rows are its representatives.
 */
export function CitizenRows({ firstRef }: Props) {
  const { m } = useI18n();
  const t = m.reception.desk;
  const roles = citizenRoles.map((value) => ({ value, label: m.reception.citizenRoles[value] }));
  return (
    <Form.List name="citizens">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="visit-citizens">
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" wrap>
              <Col xs={24} md={7}>
                <Form.Item
                  name={[field.name, 'fullName']}
                  label={index === 0 ? t.fullName : undefined}
                  rules={[{ required: true, whitespace: true, message: m.common.required }]}
                >
                  <Input
                    ref={index === 0 ? firstRef : undefined}
                    autoFocus={index > 0}
                    maxLength={200}
                    autoComplete="off"
                    placeholder={t.fullName}
                    aria-label={t.fullName}
                    data-testid={`visit-citizen-name-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10} md={5}>
                <Form.Item
                  name={[field.name, 'idNumber']}
                  label={index === 0 ? t.idNumber : undefined}
                  rules={[{ pattern: /^\d{12}$/, message: t.idNumberInvalid }]}
                >
                  <Input
                    inputMode="numeric"
                    maxLength={12}
                    autoComplete="off"
                    placeholder={t.idNumber}
                    aria-label={t.idNumber}
                    data-testid={`visit-citizen-id-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={14} md={7}>
                <Form.Item name={[field.name, 'address']} label={index === 0 ? t.address : undefined}>
                  <Input
                    maxLength={500}
                    autoComplete="off"
                    placeholder={t.address}
                    aria-label={t.address}
                    data-testid={`visit-citizen-address-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col xs={fields.length > 1 ? 20 : 24} md={fields.length > 1 ? 4 : 5}>
                <Form.Item name={[field.name, 'role']} label={index === 0 ? t.role : undefined}>
                  <RoleSelect index={index} options={roles} ariaLabel={t.role} />
                </Form.Item>
              </Col>
              {fields.length > 1 && (
                <Col xs={4} md={1}>
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t.removeCitizen}
                      title={t.removeCitizen}
                      onClick={() => remove(field.name)}
                      data-testid={`visit-citizen-remove-${index}`}
                    />
                  </Form.Item>
                </Col>
              )}
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add({ ...emptyCitizen })}
            style={{ marginBottom: 16 }}
            data-testid="visit-citizen-add"
          >
            {t.addCitizen}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

type RoleSelectProps = {
  index: number;
  options: { value: string; label: string }[];
  ariaLabel: string;
  value?: string;
  onChange?: (value: string) => void;
};

/** The citizen's role, with its value on the element for tests and assistive checks. */
function RoleSelect({ index, options, ariaLabel, value, onChange }: RoleSelectProps) {
  return (
    <Select
      value={value}
      onChange={onChange}
      options={options}
      aria-label={ariaLabel}
      showSearch={foldedSearch}
      data-testid={`visit-citizen-role-${index}`}
      data-value={value ?? ''}
    />
  );
}
