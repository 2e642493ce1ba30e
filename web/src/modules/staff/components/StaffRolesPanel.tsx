import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Popconfirm, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useRoles } from '../../../platform/auth/useRoles';
import { useI18n } from '../../../platform/i18n/useI18n';
import { UnitSelect } from '../../units/components/UnitSelect';
import { toUnitId, WHOLE_DEPLOYMENT } from '../../units/unitOptions';
import type { Role } from '@contracts/auth';
import type { RoleAssignment, Staff } from '@contracts/org';
import { staffApi } from '../api/staffApi';

type Props = { staff: Staff; canManage: boolean; onRolesChanged: (roles: RoleAssignment[]) => void };
type RoleValues = { role: Role; unitId: string };

/** The officer's role assignments: each a role in one unit or in the whole deployment. */
export function StaffRolesPanel({ staff, canManage, onRolesChanged }: Props) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { label, options } = useRoles();
  const [form] = Form.useForm<RoleValues>();
  const [busy, setBusy] = useState(false);

  const add = async (values: RoleValues) => {
    setBusy(true);
    try {
      const assignment = await staffApi.addRole(staff.id, values.role, toUnitId(values.unitId));
      void message.success(m.staff.roleAdded);
      form.resetFields();
      onRolesChanged([...staff.roles, assignment]);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (assignment: RoleAssignment) => {
    try {
      await staffApi.removeRole(staff.id, assignment.id);
      void message.success(m.staff.roleRemoved);
      onRolesChanged(staff.roles.filter((entry) => entry.id !== assignment.id));
    } catch (error) {
      handleProblem(error);
    }
  };

  return (
    <>
      <Table<RoleAssignment>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={staff.roles}
        locale={{ emptyText: m.staff.noRoles }}
        columns={[
          { key: 'role', title: m.staff.role, render: (_value, assignment) => label(assignment.role) },
          {
            key: 'unit',
            title: m.staff.roleUnit,
            render: (_value, assignment) => assignment.unitName ?? m.common.wholeDeployment,
          },
          ...(canManage
            ? [
                {
                  key: 'remove',
                  width: 100,
                  render: (_value: unknown, assignment: RoleAssignment) => (
                    <Popconfirm title={m.staff.removeRoleConfirm} onConfirm={() => remove(assignment)}>
                      <Button size="small" danger icon={<DeleteOutlined />}>
                        {m.common.remove}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canManage && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {m.staff.addRole}
          </Typography.Title>
          <Form<RoleValues>
            form={form}
            layout="vertical"
            initialValues={{ unitId: staff.unitId ?? WHOLE_DEPLOYMENT }}
            onFinish={(values) => void add(values)}
          >
            <Form.Item name="role" label={m.staff.role} rules={[{ required: true, message: m.common.required }]}>
              <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item name="unitId" label={m.staff.roleUnit} rules={[{ required: true, message: m.common.required }]}>
              <UnitSelect
                allowWhole
                allowClear={false}
                initial={staff.unitId ? { id: staff.unitId, code: null, name: staff.unitName } : null}
              />
            </Form.Item>
            <Flex justify="end">
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy}>
                {m.staff.addRole}
              </Button>
            </Flex>
          </Form>
        </>
      )}
    </>
  );
}
