import { createContext } from 'react';
import type { Permission, SessionResponse } from '@contracts/auth';
import type { Me } from '@contracts/org';

export type AuthStatus = 'loading' | 'anonymous' | 'authenticated';

export type AuthValue = {
  status: AuthStatus;
  session: SessionResponse | null;
  me: Me | null;
  /** The deployment's name (MOTCUA_DEPLOYMENT_NAME), for the header; null until the session probe answers. */
  deploymentName: string | null;
  can: (permission: Permission) => boolean;
  signIn: (username: string, password: string) => Promise<SessionResponse>;
  signOut: () => Promise<void>;
  /** Reloads the session and the profile, e.g. after a password change. */
  refresh: () => Promise<void>;
};

export const AuthContext = createContext<AuthValue | null>(null);
