import { CommitmentsPage } from '../modules/reception/components/commitments/CommitmentsPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function CommitmentsRoute() {
  return (
    <RequirePermission permission="reception.read">
      <CommitmentsPage />
    </RequirePermission>
  );
}
