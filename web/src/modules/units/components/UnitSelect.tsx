import { Select, type SelectProps } from 'antd';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useDebounced } from '../../../platform/hooks/useDebounced';
import { useI18n } from '../../../platform/i18n/useI18n';
import { unitsApi } from '../api/unitsApi';
import { unitLabel, WHOLE_DEPLOYMENT } from '../unitOptions';

type Option = { value: string; label: string };

export type UnitSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'onChange'> & {
  onChange?: (value: string | undefined, label: string | undefined) => void;
  /** Offers "whole deployment" (value WHOLE_DEPLOYMENT) above the units. */
  allowWhole?: boolean;
  /** Label of the current value before any search, e.g. the parent of the unit being edited. */
  initial?: { id: string; code: string | null; name: string | null } | null;
  /** Leave this unit out (a unit cannot be its own parent). */
  excludeId?: string;
};

/** A unit picker with server-side search (accents optional) over current units. */
export function UnitSelect({ allowWhole, initial, excludeId, onChange, value, ...rest }: UnitSelectProps) {
  const { m } = useI18n();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [picked, setPicked] = useState<Option | null>(initial ? { value: initial.id, label: unitLabel(initial) } : null);
  const initialId = initial?.id ?? null;
  const [seenInitialId, setSeenInitialId] = useState(initialId);
  if (seenInitialId !== initialId) {
    setSeenInitialId(initialId);
    if (initial) setPicked({ value: initial.id, label: unitLabel(initial) });
  }
  const q = useDebounced(search.trim());
  const { data, loading } = useApiQuery(
    opened ? `unit-select:${q}` : null,
    (signal) => unitsApi.list({ q: q || undefined, status: 'current', pageSize: 20 }, signal),
    { silent: true },
  );

  const options = useMemo(() => {
    const result: Option[] = [];
    if (allowWhole) result.push({ value: WHOLE_DEPLOYMENT, label: m.common.wholeDeployment });
    for (const unit of data?.items ?? []) {
      if (unit.id !== excludeId) result.push({ value: unit.id, label: unitLabel(unit) });
    }
    if (picked && picked.value === value && !result.some((option) => option.value === picked.value)) {
      result.unshift(picked);
    }
    return result;
  }, [allowWhole, data, excludeId, m, picked, value]);

  return (
    <Select<string, Option>
      placeholder={m.units.searchUnit}
      allowClear
      {...rest}
      value={value}
      options={options}
      loading={loading && opened}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(open) => {
        if (open) setOpened(true);
      }}
      onChange={(next, option) => {
        const chosen = option && !Array.isArray(option) ? option : null;
        setPicked(chosen);
        onChange?.(next, chosen?.label);
      }}
    />
  );
}
