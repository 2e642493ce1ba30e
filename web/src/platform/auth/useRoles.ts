import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/useI18n';

export type RoleInfo = { role: string; label: { vi: string; en: string } };

let cache: Promise<RoleInfo[]> | null = null;

function loadRoles(): Promise<RoleInfo[]> {
  cache ??= api.get<{ items: RoleInfo[] }>('/roles').then(
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

  const roles = useMemo(() => {
    if (loaded.length > 0) return loaded;
    return Object.keys(m.roles).map((role) => ({ role, label: { vi: role, en: role } }));
  }, [loaded, m]);

  const label = useCallback(
    (role: string) => loaded.find((entry) => entry.role === role)?.label[locale] ?? m.roles[role] ?? role,
    [loaded, locale, m],
  );

  const options = useMemo(() => roles.map((entry) => ({ value: entry.role, label: label(entry.role) })), [roles, label]);

  return { roles, label, options };
}
