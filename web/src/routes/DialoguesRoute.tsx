import { DialoguesPage } from '../modules/reception/components/dialogues/DialoguesPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function DialoguesRoute() {
  return (
    <RequirePermission permission="reception.read">
      <DialoguesPage />
    </RequirePermission>
  );
}
