import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/useAuth';
import { UnitScopeContext, type ScopeOption, type UnitScopeValue } from './unitScopeContext';

const storageKey = 'motcua.unitScope';
const wholeKey = '*';

function readStored(): string | undefined {
  try {
    return localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The unit the officer is working for, chosen among the units of their role assignments. */
export function UnitScopeProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const [stored, setStored] = useState<string | undefined>(readStored);

  const options = useMemo<ScopeOption[]>(() => {
    const roles = me?.roles ?? [];
    const result: ScopeOption[] = [];
    if (roles.some((role) => role.unit === null)) result.push({ id: null, code: null, name: null });
    const seen = new Set<string>();
    for (const { unit } of roles) {
      if (!unit || seen.has(unit.id)) continue;
      seen.add(unit.id);
      result.push({ id: unit.id, code: unit.code, name: unit.name });
    }
    return result;
  }, [me]);

  const select = useCallback((id: string | null) => {
    const key = id ?? wholeKey;
    try {
      localStorage.setItem(storageKey, key);
    } catch {
      // Kept for this visit only.
    }
    setStored(key);
  }, []);

  const value = useMemo<UnitScopeValue>(() => {
    const chosen = options.find((option) => (option.id ?? wholeKey) === stored);
    return { options, current: chosen ?? options[0] ?? null, select };
  }, [options, stored, select]);

  return <UnitScopeContext.Provider value={value}>{children}</UnitScopeContext.Provider>;
}
