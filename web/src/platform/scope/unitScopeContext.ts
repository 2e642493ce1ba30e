import { createContext } from 'react';

/** A unit the user works for; `id` null stands for the whole deployment. */
export type ScopeOption = { id: string | null; code: string | null; name: string | null };

export type UnitScopeValue = {
  options: ScopeOption[];
  /** The chosen unit, or null when the user has no role assignment at all. */
  current: ScopeOption | null;
  select: (id: string | null) => void;
};

export const UnitScopeContext = createContext<UnitScopeValue | null>(null);
