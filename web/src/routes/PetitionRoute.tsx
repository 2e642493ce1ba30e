import { PetitionPage } from '../modules/petitions/components/detail/PetitionPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function PetitionRoute() {
  return (
    <RequirePermission permission="petitions.read">
      <PetitionPage />
    </RequirePermission>
  );
}
