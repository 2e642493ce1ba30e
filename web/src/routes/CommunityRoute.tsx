import { CommunityRoutes } from '../modules/community/components/CommunityRoutes';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function CommunityRoute() {
  return (
    <RequirePermission permission="community.read">
      <CommunityRoutes />
    </RequirePermission>
  );
}
