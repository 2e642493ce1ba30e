import { PetitionsPage } from '../modules/petitions/components/list/PetitionsPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function PetitionsRoute() {
  return (
    <RequirePermission permission="petitions.read">
      <PetitionsPage />
    </RequirePermission>
  );
}
