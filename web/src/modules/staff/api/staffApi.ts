import { api, ifMatch, type Page } from '../../../platform/api/client';

export type StaffRole = { id: string; role: string; unitId: string | null; unitName: string | null };

export type Staff = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  unitId: string | null;
  unitName: string | null;
  isActive: boolean;
  lockedUntil: string | null;
  version: number;
  roles: StaffRole[];
};

export type StaffQuery = { q?: string; unitId?: string; page?: number; pageSize?: number };

export type StaffCreateInput = {
  username: string;
  fullName: string;
  password: string;
  email?: string;
  phone?: string;
  title?: string;
  unitId?: string;
  roles?: { role: string; unitId: string | null }[];
};

export type StaffChanges = {
  fullName?: string;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  unitId?: string | null;
  isActive?: boolean;
};

const staffPath = (id: string) => `/staff/${encodeURIComponent(id)}`;

export const staffApi = {
  list: (query: StaffQuery, signal?: AbortSignal) => api.get<Page<Staff>>('/staff', { query, signal }),
  create: (input: StaffCreateInput) => api.post<Staff>('/staff', input),
  update: (id: string, version: number, changes: StaffChanges) =>
    api.patch<Staff>(staffPath(id), changes, { headers: ifMatch(version) }),
  addRole: (id: string, role: string, unitId: string | null) =>
    api.post<StaffRole>(`${staffPath(id)}/roles`, { role, unitId }),
  removeRole: (id: string, assignmentId: string) =>
    api.delete<void>(`${staffPath(id)}/roles/${encodeURIComponent(assignmentId)}`),
  resetPassword: (id: string, newPassword: string) => api.post<void>(`${staffPath(id)}/password`, { newPassword }),
};
