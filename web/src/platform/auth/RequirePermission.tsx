import type { ReactNode } from 'react';
import { Forbidden } from '../layout/Forbidden';
import type { Permission } from '@contracts/auth';
import { useAuth } from './useAuth';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? children : <Forbidden />;
}
