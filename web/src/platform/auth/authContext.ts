import { createContext } from 'react';
import type { Me, Permission, Session } from './authApi';

export type AuthStatus = 'loading' | 'anonymous' | 'authenticated';

export type AuthValue = {
  status: AuthStatus;
  session: Session | null;
  me: Me | null;
  can: (permission: Permission) => boolean;
  signIn: (username: string, password: string) => Promise<Session>;
  signOut: () => Promise<void>;
  /** Reloads the session and the profile, e.g. after a password change. */
  refresh: () => Promise<void>;
};

export const AuthContext = createContext<AuthValue | null>(null);
