import { IntakePage } from '../modules/dossiers/components/intake/IntakePage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function DossierIntakeRoute() {
  return (
    <RequirePermission permission="dossiers.receive">
      <IntakePage />
    </RequirePermission>
  );
}
