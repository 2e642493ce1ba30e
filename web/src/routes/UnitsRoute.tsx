import { UnitsPage } from '../modules/units/components/UnitsPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function UnitsRoute() {
  return (
    <RequirePermission permission="units.read">
      <UnitsPage />
    </RequirePermission>
  );
}
