import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider } from './platform/auth/AuthProvider';
import { RequireAuth } from './platform/auth/RequireAuth';
import { LocaleProvider } from './platform/i18n/LocaleProvider';
import { AppShell } from './platform/layout/AppShell';
import { PageSpinner } from './platform/layout/PageSpinner';
import { UnitScopeProvider } from './platform/scope/UnitScopeProvider';

const SignInRoute = lazy(() => import('./routes/SignInRoute'));
const HomeRoute = lazy(() => import('./routes/HomeRoute'));
const UnitsRoute = lazy(() => import('./routes/UnitsRoute'));
const StaffRoute = lazy(() => import('./routes/StaffRoute'));
const ProceduresRoute = lazy(() => import('./routes/ProceduresRoute'));
const ProcedureEditRoute = lazy(() => import('./routes/ProcedureEditRoute'));
const CalendarRoute = lazy(() => import('./routes/CalendarRoute'));
const DossierIntakeRoute = lazy(() => import('./routes/DossierIntakeRoute'));
const DossiersRoute = lazy(() => import('./routes/DossiersRoute'));
const DossierRoute = lazy(() => import('./routes/DossierRoute'));
const PetitionsRoute = lazy(() => import('./routes/PetitionsRoute'));
const PetitionRoute = lazy(() => import('./routes/PetitionRoute'));
const PetitionFiguresRoute = lazy(() => import('./routes/PetitionFiguresRoute'));
const ReceptionRoute = lazy(() => import('./routes/ReceptionRoute'));
const ReceptionSessionsRoute = lazy(() => import('./routes/ReceptionSessionsRoute'));
const DialoguesRoute = lazy(() => import('./routes/DialoguesRoute'));
const CommitmentsRoute = lazy(() => import('./routes/CommitmentsRoute'));
const CommunityRoute = lazy(() => import('./routes/CommunityRoute'));
const AuditRoute = lazy(() => import('./routes/AuditRoute'));
const OperationsRoute = lazy(() => import('./routes/OperationsRoute'));
const RatingsRoute = lazy(() => import('./routes/RatingsRoute'));
const ReportsRoute = lazy(() => import('./routes/ReportsRoute'));
const PasswordRoute = lazy(() => import('./routes/PasswordRoute'));
const SetupRoute = lazy(() => import('./routes/SetupRoute'));
const NotFoundRoute = lazy(() => import('./routes/NotFoundRoute'));

export function App() {
  return (
    <LocaleProvider>
      <BrowserRouter basename="/app">
        <AuthProvider>
          <Suspense fallback={<PageSpinner />}>
            <Routes>
              <Route path="sign-in" element={<SignInRoute />} />
              <Route
                element={
                  <RequireAuth>
                    <UnitScopeProvider>
                      <AppShell />
                    </UnitScopeProvider>
                  </RequireAuth>
                }
              >
                <Route index element={<HomeRoute />} />
                <Route path="units" element={<UnitsRoute />} />
                <Route path="staff" element={<StaffRoute />} />
                <Route path="procedures" element={<ProceduresRoute />} />
                <Route path="procedures/new" element={<ProcedureEditRoute />} />
                <Route path="procedures/:code/edit" element={<ProcedureEditRoute />} />
                <Route path="calendar" element={<CalendarRoute />} />
                <Route path="dossiers" element={<DossiersRoute />} />
                <Route path="dossiers/new" element={<DossierIntakeRoute />} />
                <Route path="dossiers/:id" element={<DossierRoute />} />
                <Route path="petitions" element={<PetitionsRoute />} />
                <Route path="petitions/figures" element={<PetitionFiguresRoute />} />
                <Route path="petitions/:id" element={<PetitionRoute />} />
                <Route path="reception" element={<ReceptionRoute />} />
                <Route path="reception/sessions" element={<ReceptionSessionsRoute />} />
                <Route path="dialogues" element={<DialoguesRoute />} />
                <Route path="commitments" element={<CommitmentsRoute />} />
                <Route path="community/*" element={<CommunityRoute />} />
                <Route path="audit" element={<AuditRoute />} />
                <Route path="operations" element={<OperationsRoute />} />
                <Route path="ratings" element={<RatingsRoute />} />
                <Route path="reports/*" element={<ReportsRoute />} />
                <Route path="password" element={<PasswordRoute />} />
                <Route path="setup" element={<SetupRoute />} />
                <Route path="*" element={<NotFoundRoute />} />
              </Route>
            </Routes>
          </Suspense>
        </AuthProvider>
      </BrowserRouter>
    </LocaleProvider>
  );
}
