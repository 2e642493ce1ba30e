import { CalendarPage } from '../modules/calendar/components/CalendarPage';
import { RequirePermission } from '../platform/auth/RequirePermission';

export default function CalendarRoute() {
  return (
    <RequirePermission permission="calendar.read">
      <CalendarPage />
    </RequirePermission>
  );
}
