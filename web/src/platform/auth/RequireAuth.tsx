import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageSpinner } from '../layout/PageSpinner';
import { useAuth } from './useAuth';

/** Sends anonymous visitors to sign-in and those who must change their password to that page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, session } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <PageSpinner />;
  if (status === 'anonymous' || !session) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  if (session.mustChangePassword && location.pathname !== '/password') return <Navigate to="/password" replace />;
  return children;
}
