import { SessionsPage } from '../modules/reception/components/sessions/SessionsPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function ReceptionSessionsRoute() {
  return (
    <RequirePermission permission="reception.read">
      <SessionsPage />
    </RequirePermission>
  );
}
