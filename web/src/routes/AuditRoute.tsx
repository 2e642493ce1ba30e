import { AuditPage } from '../modules/audit/components/AuditPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function AuditRoute() {
  return (
    <RequirePermission permission="audit.read">
      <AuditPage />
    </RequirePermission>
  );
}
