import { App, Button, Col, Flex, Form, Input, Modal, Row, Select, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useRoles } from '../../../platform/auth/useRoles';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { UnitSelect } from '../../units/components/UnitSelect';
import { WHOLE_DEPLOYMENT } from '../../units/unitOptions';
import type { Staff } from '@contracts/org';
import { staffApi } from '../api/staffApi';
import { createFieldMap, toCreateInput, type StaffCreateValues } from '../staffForm';

type Props = {
  open: boolean;
  defaultUnit: { id: string; name: string } | null;
  onClose: () => void;
  onCreated: (staff: Staff) => void;
};

export function CreateStaffModal({ open, defaultUnit, onClose, onCreated }: Props) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { options: roleOptions } = useRoles();
  const [form] = Form.useForm<StaffCreateValues>();
  const [saving, setSaving] = useState(false);
  const firstField = useRef<InputRef>(null);
  const role = Form.useWatch('role', form);
  const required = { required: true, whitespace: true, message: m.common.required };
  const unitInitial = defaultUnit ? { id: defaultUnit.id, code: null, name: defaultUnit.name } : null;

  const onFinish = async (values: StaffCreateValues) => {
    setSaving(true);
    try {
      const staff = await staffApi.create(toCreateInput(values));
      void message.success(format(m.staff.createdMessage, { name: staff.fullName }));
      form.resetFields();
      onCreated(staff);
    } catch (error) {
      handleProblem(error, { form, fieldMap: createFieldMap });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={m.staff.create}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={680}
      afterOpenChange={(visible) => visible && firstField.current?.focus()}
    >
      <Form<StaffCreateValues>
        form={form}
        layout="vertical"
        initialValues={{ unitId: defaultUnit?.id, roleUnitId: defaultUnit?.id ?? WHOLE_DEPLOYMENT }}
        onFinish={(values) => void onFinish(values)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="username" label={m.staff.username} rules={[required]}>
              <Input ref={firstField} autoFocus autoComplete="off" autoCapitalize="none" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="password" label={m.staff.password} rules={[{ required: true, message: m.common.required }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="fullName" label={m.staff.fullName} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={m.staff.email} rules={[{ type: 'email', message: m.staff.emailInvalid }]}>
              <Input type="email" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={m.staff.phone}>
              <Input type="tel" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={m.staff.jobTitle}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label={m.staff.unit}>
          <UnitSelect initial={unitInitial} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="role" label={m.staff.initialRole}>
              <Select allowClear options={roleOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="roleUnitId"
              label={m.staff.initialRoleUnit}
              rules={role ? [{ required: true, message: m.common.required }] : []}
            >
              <UnitSelect allowWhole allowClear={false} initial={unitInitial} disabled={!role} />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="staff-form-submit">
            {m.common.create}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
