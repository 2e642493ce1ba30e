import type { ChangePasswordRequest, SessionResponse, SignInRequest } from '@contracts/auth';
import type { Me } from '@contracts/org';
import { api } from '../api/client';

export const authApi = {
  session: () => api.get<SessionResponse>('/auth/session', { allowUnauthenticated: true }),
  signIn: (username: string, password: string) =>
    api.post<SessionResponse>('/auth/sign-in', { username, password } satisfies SignInRequest, { allowUnauthenticated: true }),
  signOut: () => api.post<void>('/auth/sign-out', undefined, { allowUnauthenticated: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/auth/password', { currentPassword, newPassword } satisfies ChangePasswordRequest),
  me: () => api.get<Me>('/me'),
};
