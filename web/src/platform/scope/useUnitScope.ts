import { useContext } from 'react';
import { UnitScopeContext, type UnitScopeValue } from './unitScopeContext';

export function useUnitScope(): UnitScopeValue {
  const value = useContext(UnitScopeContext);
  if (!value) throw new Error('useUnitScope must be used inside UnitScopeProvider');
  return value;
}
