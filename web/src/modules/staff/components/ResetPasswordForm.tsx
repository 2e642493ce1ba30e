import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Staff } from '@contracts/org';
import { staffApi } from '../api/staffApi';

type Values = { newPassword: string };

/** An administrator sets a temporary password; the officer must change it at the next sign-in. */
export function ResetPasswordForm({ staff }: { staff: Staff }) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: Values) => {
    setSaving(true);
    try {
      await staffApi.resetPassword(staff.id, values.newPassword);
      void message.success(m.staff.passwordReset);
      form.resetFields();
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
      <Alert type="info" showIcon title={m.staff.resetHint} style={{ marginBottom: 16 }} />
      <Form.Item name="newPassword" label={m.staff.newPassword} rules={[{ required: true, message: m.common.required }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Flex justify="end">
        <Button type="primary" danger htmlType="submit" loading={saving}>
          {m.staff.resetPassword}
        </Button>
      </Flex>
    </Form>
  );
}
