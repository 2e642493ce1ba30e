import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { authApi } from '../../../platform/auth/authApi';
import { useAuth } from '../../../platform/auth/useAuth';
import { useI18n } from '../../../platform/i18n/useI18n';

type PasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string };

export function ChangePasswordPage() {
  const { m } = useI18n();
  const { session, refresh } = useAuth();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const navigate = useNavigate();
  const [form] = Form.useForm<PasswordValues>();
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async (values: PasswordValues) => {
    setSubmitting(true);
    try {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      // An earlier refusal ("not strong enough") must not stay on screen beside the success.
      message.destroy();
      void message.success(m.password.changed);
      await refresh();
      void navigate('/', { replace: true });
    } catch (error) {
      handleProblem(error, { form });
      setSubmitting(false);
    }
  };

  return (
    <Card title={m.password.title} style={{ maxWidth: 480 }}>
      {session?.mustChangePassword && <Alert type="warning" showIcon title={m.password.mustChange} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
        <Form.Item name="currentPassword" label={m.password.current} rules={[{ required: true, message: m.common.required }]}>
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={m.password.next} rules={[{ required: true, message: m.common.required }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={m.password.confirm}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: m.common.required },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(m.password.mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {m.password.submit}
        </Button>
      </Form>
    </Card>
  );
}
