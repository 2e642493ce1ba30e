import { ReceptionDeskPage } from '../modules/reception/components/desk/ReceptionDeskPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function ReceptionRoute() {
  return (
    <RequirePermission permission="reception.read">
      <ReceptionDeskPage />
    </RequirePermission>
  );
}
