import { OperationsPage } from '../modules/operations/components/OperationsPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function OperationsRoute() {
  return (
    <RequirePermission permission="operations.manage">
      <OperationsPage />
    </RequirePermission>
  );
}
