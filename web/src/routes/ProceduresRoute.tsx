import { ProceduresPage } from '../modules/procedures/components/ProceduresPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function ProceduresRoute() {
  return (
    <RequirePermission permission="catalog.read">
      <ProceduresPage />
    </RequirePermission>
  );
}
