import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Permission, SessionResponse } from '@contracts/auth';
import type { Me } from '@contracts/org';
import { setCsrfToken, setUnauthorizedHandler } from '../api/client';
import { isApiError } from '../api/problem';
import { authApi } from './authApi';
import { AuthContext, type AuthStatus, type AuthValue } from './authContext';

async function loadProfile(session: SessionResponse): Promise<Me | null> {
  // A session that must change its password may not read its profile yet: no request, no error in the console.
  if (session.mustChangePassword) return null;
  try {
    return await authApi.me();
  } catch (error) {
    // A 401 ends the session.
    if (isApiError(error) && error.status === 401) throw error;
    return null;
  }
}

/** Knows who is signed in: the session (with its CSRF token) and the /me profile. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [session, setSession] = useState<SessionResponse | null>(null);
  const [me, setMe] = useState<Me | null>(null);
  const [deploymentName, setDeploymentName] = useState<string | null>(null);

  const clear = useCallback(() => {
    setCsrfToken(null);
    setSession(null);
    setMe(null);
    setStatus('anonymous');
  }, []);

  const adopt = useCallback(async (next: SessionResponse) => {
    setCsrfToken(next.csrfToken);
    const profile = await loadProfile(next);
    setSession(next);
    setMe(profile);
    setStatus('authenticated');
  }, []);

  const refresh = useCallback(async () => {
    try {
      const state = await authApi.session();
      setDeploymentName(state.deploymentName);
      document.title = state.deploymentName;
      if (state.signedIn) await adopt(state);
      else clear();
    } catch {
      clear();
    }
  }, [adopt, clear]);

  useEffect(() => {
    setUnauthorizedHandler(clear);
    void refresh();
    return () => setUnauthorizedHandler(null);
  }, [clear, refresh]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const next = await authApi.signIn(username, password);
      await adopt(next);
      return next;
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      clear();
    }
  }, [clear]);

  const value = useMemo<AuthValue>(() => {
    const granted = new Set(me?.permissions ?? []);
    return {
      status,
      session,
      me,
      deploymentName,
      can: (permission: Permission) => granted.has(permission),
      signIn,
      signOut,
      refresh,
    };
  }, [status, session, me, deploymentName, signIn, signOut, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
