import type { Role } from '@contracts/auth';
import type { RoleAssignment, Staff, StaffInput, StaffListQuery, StaffPatch } from '@contracts/org';
import { api, ifMatch, type Page } from '../../../platform/api/client';

const staffPath = (id: string) => `/staff/${encodeURIComponent(id)}`;

export const staffApi = {
  list: (query: StaffListQuery, signal?: AbortSignal) => api.get<Page<Staff>>('/staff', { query, signal }),
  create: (input: StaffInput) => api.post<Staff>('/staff', input),
  update: (id: string, version: number, changes: StaffPatch) => api.patch<Staff>(staffPath(id), changes, { headers: ifMatch(version) }),
  addRole: (id: string, role: Role, unitId: string | null) => api.post<RoleAssignment>(`${staffPath(id)}/roles`, { role, unitId }),
  removeRole: (id: string, assignmentId: string) => api.delete<void>(`${staffPath(id)}/roles/${encodeURIComponent(assignmentId)}`),
  resetPassword: (id: string, newPassword: string) => api.post<void>(`${staffPath(id)}/password`, { newPassword }),
};
