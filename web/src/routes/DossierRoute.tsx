import { DossierPage } from '../modules/dossiers/components/detail/DossierPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function DossierRoute() {
  return (
    <RequirePermission permission="dossiers.read">
      <DossierPage />
    </RequirePermission>
  );
}
