import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/useI18n';

export function NotFound() {
  const { m } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={m.errors.notFoundTitle}
      subTitle={m.errors.notFoundDetail}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {m.errors.backHome}
        </Button>
      }
    />
  );
}
