import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { applyFieldErrors } from '../../../platform/api/fieldErrors';
import { isApiError, type Problem } from '../../../platform/api/problem';
import { useAuth } from '../../../platform/auth/useAuth';
import { useI18n } from '../../../platform/i18n/useI18n';
import { LocaleSwitch } from '../../../platform/layout/LocaleSwitch';

type SignInValues = { username: string; password: string };

export function SignInPage() {
  const { m } = useI18n();
  const { status, session, deploymentName, signIn } = useAuth();
  const location = useLocation();
  const [form] = Form.useForm<SignInValues>();
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  if (status === 'authenticated' && session) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={session.mustChangePassword ? '/password' : (from ?? '/')} replace />;
  }

  const onFinish = async (values: SignInValues) => {
    setSubmitting(true);
    setProblem(null);
    try {
      await signIn(values.username, values.password);
    } catch (error) {
      if (!isApiError(error)) throw error;
      setProblem(error.problem);
      applyFieldErrors(form, error.problem.errors);
      form.setFieldValue('password', '');
      setSubmitting(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="start">
          <div>
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              {deploymentName ?? m.app.name}
            </Typography.Title>
            <Typography.Text type="secondary">{m.app.tagline}</Typography.Text>
          </div>
          <LocaleSwitch />
        </Flex>
        <Typography.Title level={4}>{m.signIn.title}</Typography.Title>
        <Typography.Paragraph type="secondary">{m.signIn.subtitle}</Typography.Paragraph>
        {problem && (
          <Alert
            type="error"
            showIcon
            title={problem.title}
            description={problem.detail}
            style={{ marginBottom: 16 }}
            role="alert"
            data-testid="signin-error"
          />
        )}
        <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark={false}>
          <Form.Item name="username" label={m.signIn.username} rules={[{ required: true, whitespace: true, message: m.common.required }]}>
            <Input prefix={<UserOutlined />} autoFocus autoComplete="username" autoCapitalize="none" data-testid="signin-username" />
          </Form.Item>
          <Form.Item name="password" label={m.signIn.password} rules={[{ required: true, message: m.common.required }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="signin-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="signin-submit">
            {m.signIn.submit}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
