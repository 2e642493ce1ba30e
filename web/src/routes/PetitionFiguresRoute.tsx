import { PetitionFiguresPage } from '../modules/petitions/components/figures/PetitionFiguresPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function PetitionFiguresRoute() {
  return (
    <RequirePermission permission="petitions.read">
      <PetitionFiguresPage />
    </RequirePermission>
  );
}
