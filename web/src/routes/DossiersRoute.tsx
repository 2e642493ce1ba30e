import { DossiersPage } from '../modules/dossiers/components/list/DossiersPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function DossiersRoute() {
  return (
    <RequirePermission permission="dossiers.read">
      <DossiersPage />
    </RequirePermission>
  );
}
