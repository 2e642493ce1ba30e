import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useAuth } from '../../../platform/auth/useAuth';
import { useI18n } from '../../../platform/i18n/useI18n';
import { setupApi } from '../api/setupApi';

/** Whether the signed-in person may run the first setup: an administrator of the whole deployment. */
export function useIsDeploymentAdministrator(): boolean {
  const { me } = useAuth();
  return me?.roles.some((assignment) => assignment.role === 'administrator' && assignment.unit === null) ?? false;
}

/** Whether the deployment has no unit at all yet (false while not known). */
export function useDeploymentIsEmpty(): boolean {
  const counts = useApiQuery('setup-counts', (signal) => setupApi.counts(signal), { silent: true });
  return counts.data?.units === 0;
}

/** On the home page of an empty deployment: what to do first, and the way there for whoever can. */
export function SetupNotice() {
  const { m } = useI18n();
  const navigate = useNavigate();
  const isAdministrator = useIsDeploymentAdministrator();
  return (
    <Result
      status="info"
      title={m.setup.empty.title}
      subTitle={isAdministrator ? m.setup.empty.adminHint : m.setup.empty.otherHint}
      extra={
        isAdministrator ? (
          <Button type="primary" size="large" onClick={() => void navigate('/setup')}>
            {m.setup.empty.go}
          </Button>
        ) : null
      }
    />
  );
}
