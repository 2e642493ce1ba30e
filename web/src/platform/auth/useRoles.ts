import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Role } from '@contracts/auth';
import type { RoleList } from '@contracts/org';
import { api } from '../api/client';
import { useI18n } from '../i18n/useI18n';

export type RoleInfo = RoleList['items'][number];

let cache: Promise<RoleInfo[]> | null = null;

function loadRoles(): Promise<RoleInfo[]> {
  cache ??= api.get<RoleList>('/roles').then(
    (result) => result.items,
    () => {
      cache = null;
      return [];
    },
  );
  return cache;
}

/** The roles of /api/v1/roles with labels in the current language; the catalogue fills in if it fails. */
export function useRoles() {
  const { locale, m } = useI18n();
  const [loaded, setLoaded] = useState<RoleInfo[]>([]);

  useEffect(() => {
    let live = true;
    void loadRoles().then((items) => {
      if (live) setLoaded(items);
    });
    return () => {
      live = false;
    };
  }, []);

  const isRole = useCallback((value: string): value is Role => Object.hasOwn(m.roles, value), [m]);

  const roles = useMemo<RoleInfo[]>(() => {
    if (loaded.length > 0) return loaded;
    return Object.keys(m.roles)
      .filter(isRole)
      .map((role) => ({ role, label: { vi: role, en: role } }));
  }, [loaded, m, isRole]);

  /** The label of a role in the current language; any text that is not a role is shown as it is. */
  const label = useCallback(
    (role: string) => loaded.find((entry) => entry.role === role)?.label[locale] ?? (isRole(role) ? m.roles[role] : role),
    [loaded, locale, m, isRole],
  );

  const options = useMemo(() => roles.map((entry) => ({ value: entry.role, label: label(entry.role) })), [roles, label]);

  return { roles, label, options };
}
