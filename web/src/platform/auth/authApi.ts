import type { ChangePasswordRequest, SessionResponse, SessionState, SignInRequest } from '@contracts/auth';
import type { Me } from '@contracts/org';
import { api } from '../api/client';

export const authApi = {
  /** Answers 200 whether signed in or not, so that opening the app logs no error. */
  session: () => api.get<SessionState>('/auth/session', { allowUnauthenticated: true }),
  signIn: (username: string, password: string) =>
    api.post<SessionResponse>('/auth/sign-in', { username, password } satisfies SignInRequest, { allowUnauthenticated: true }),
  signOut: () => api.post<void>('/auth/sign-out', undefined, { allowUnauthenticated: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/auth/password', { currentPassword, newPassword } satisfies ChangePasswordRequest),
  me: () => api.get<Me>('/me'),
};
