import { Route, Routes } from 'react-router';
import { NotFound } from '../../../platform/layout/NotFound';
import { DashboardPage } from './dashboard/DashboardPage';
import { RunPage } from './run/RunPage';
import { RunsPage } from './runs/RunsPage';

/** The reports pages under /reports: the operations dashboard, the periodic reports and one report. */
export function ReportsRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="runs" element={<RunsPage />} />
      <Route path="runs/:id" element={<RunPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
