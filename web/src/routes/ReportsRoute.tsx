import { ReportsRoutes } from '../modules/reports/components/ReportsRoutes';
import { RequirePermission } from '../platform/auth/RequirePermission';

/** /reports/*: the operations dashboard and the periodic reports (ECharts loads with the first chart). */
export default function ReportsRoute() {
  return (
    <RequirePermission permission="reports.read">
      <ReportsRoutes />
    </RequirePermission>
  );
}
