import { StaffPage } from '../modules/staff/components/StaffPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function StaffRoute() {
  return (
    <RequirePermission permission="staff.read">
      <StaffPage />
    </RequirePermission>
  );
}
