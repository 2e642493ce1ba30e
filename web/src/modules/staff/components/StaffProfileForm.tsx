import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useI18n } from '../../../platform/i18n/useI18n';
import { UnitSelect } from '../../units/components/UnitSelect';
import type { Staff } from '@contracts/org';
import { staffApi } from '../api/staffApi';
import { toProfileChanges, toProfileValues, type StaffProfileValues } from '../staffForm';

type Props = { staff: Staff; canManage: boolean; onSaved: (staff: Staff) => void; onReload: () => void };

/** The officer's profile; saving sends If-Match with the version shown and explains a conflict. */
export function StaffProfileForm({ staff, canManage, onSaved, onReload }: Props) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<StaffProfileValues>();
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);

  const onFinish = async (values: StaffProfileValues) => {
    const changes = toProfileChanges(staff, values);
    if (Object.keys(changes).length === 0) return;
    setSaving(true);
    try {
      const saved = await staffApi.update(staff.id, staff.version, changes);
      void message.success(m.common.saved);
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 412) setStale(true);
      else handleProblem(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<StaffProfileValues>
      form={form}
      layout="vertical"
      disabled={!canManage}
      initialValues={toProfileValues(staff)}
      onFinish={(values) => void onFinish(values)}
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={m.errors.staleTitle}
          description={m.errors.staleDetail}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" disabled={false} onClick={onReload}>
              {m.common.reload}
            </Button>
          }
        />
      )}
      <Form.Item label={m.staff.username}>
        <Input value={staff.username} disabled />
      </Form.Item>
      <Form.Item name="fullName" label={m.staff.fullName} rules={[{ required: true, whitespace: true, message: m.common.required }]}>
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="email" label={m.staff.email} rules={[{ type: 'email', message: m.staff.emailInvalid }]}>
        <Input type="email" />
      </Form.Item>
      <Form.Item name="phone" label={m.staff.phone}>
        <Input type="tel" />
      </Form.Item>
      <Form.Item name="title" label={m.staff.jobTitle}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="unitId" label={m.staff.unit}>
        <UnitSelect initial={staff.unitId ? { id: staff.unitId, code: null, name: staff.unitName } : null} />
      </Form.Item>
      {canManage && (
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={saving} disabled={stale}>
            {m.common.save}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
