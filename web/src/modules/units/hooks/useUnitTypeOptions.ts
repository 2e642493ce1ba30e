import { useMemo } from 'react';
import { useI18n } from '../../../platform/i18n/useI18n';
import { unitTypes } from '@contracts/org';

export function useUnitTypeOptions() {
  const { m } = useI18n();
  return useMemo(() => unitTypes.map((type) => ({ value: type, label: m.unitTypes[type] })), [m]);
}
