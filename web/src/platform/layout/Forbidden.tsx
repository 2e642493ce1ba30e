import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/useI18n';

export function Forbidden() {
  const { m } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={m.errors.forbiddenTitle}
      subTitle={m.errors.forbiddenDetail}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {m.errors.backHome}
        </Button>
      }
    />
  );
}
