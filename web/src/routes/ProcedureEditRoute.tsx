import { ProcedureEditPage } from '../modules/procedures/components/ProcedureEditPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function ProcedureEditRoute() {
  return (
    <RequirePermission permission="catalog.manage">
      <ProcedureEditPage />
    </RequirePermission>
  );
}
