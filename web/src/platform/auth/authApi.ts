import { api } from '../api/client';

export type Session = {
  accountId: string;
  username: string;
  csrfToken: string;
  mustChangePassword: boolean;
};

export type Permission =
  | 'units.read'
  | 'units.manage'
  | 'staff.read'
  | 'staff.manage'
  | 'audit.read'
  | 'calendar.read'
  | 'calendar.manage'
  | 'catalog.read'
  | 'catalog.manage'
  | 'dossiers.read'
  | 'dossiers.receive'
  | 'dossiers.process'
  | 'dossiers.approve'
  | 'dossiers.return'
  | 'ratings.read'
  | 'ratings.kiosk'
  | 'feedback.answer'
  | 'reports.read';

export type UnitRef = { id: string; code: string; name: string };

export type Me = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  unit: UnitRef | null;
  roles: { id: string; role: string; unit: UnitRef | null }[];
  permissions: string[];
};

export const authApi = {
  session: () => api.get<Session>('/auth/session', { allowUnauthenticated: true }),
  signIn: (username: string, password: string) =>
    api.post<Session>('/auth/sign-in', { username, password }, { allowUnauthenticated: true }),
  signOut: () => api.post<void>('/auth/sign-out', undefined, { allowUnauthenticated: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/auth/password', { currentPassword, newPassword }),
  me: () => api.get<Me>('/me'),
};
