import { procedureCodePattern, type ProcedureSummary } from '@contracts/catalog';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../../platform/api/problem';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useDebounced } from '../../../../platform/hooks/useDebounced';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { proceduresApi } from '../../../procedures/api/proceduresApi';

type Option = { value: string; label: string };
type Found = { items: Pick<ProcedureSummary, 'code' | 'name'>[] };

/** The list search matches names only, so a full code (1.001193) is looked up directly. */
async function searchProcedures(q: string, signal: AbortSignal): Promise<Found> {
  if (procedureCodePattern.test(q)) {
    try {
      const detail = await proceduresApi.get(q, signal);
      return { items: detail.procedure.isPublished ? [{ code: detail.code, name: detail.procedure.name }] : [] };
    } catch (error) {
      if (isApiError(error) && error.status === 404) return { items: [] };
      throw error;
    }
  }
  return proceduresApi.list({ q: q || undefined, published: 'true', page: 1, pageSize: 20 }, signal);
}

type Props = {
  value: string | undefined;
  /** Label of the value, shown while no search result holds it (the procedure kept for the next intake). */
  label?: string;
  autoFocus?: boolean;
  onChange: (code: string | undefined, label: string | undefined) => void;
};

/** The published procedures, searched on the server by code or name; Enter picks the first match. */
export function ProcedurePicker({ value, label, autoFocus, onChange }: Props) {
  const { m } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, loading } = useApiQuery(`intake-procedures:${q}`, (signal) => searchProcedures(q, signal), { silent: true });

  const options = useMemo(() => {
    const result: Option[] = (data?.items ?? []).map((procedure) => ({
      value: procedure.code,
      label: `${procedure.code} · ${procedure.name}`,
    }));
    if (value && !result.some((option) => option.value === value)) result.unshift({ value, label: label ?? value });
    return result;
  }, [data, label, value]);

  return (
    <Select<string, Option>
      autoFocus={autoFocus}
      allowClear
      size="large"
      value={value}
      options={options}
      loading={loading}
      placeholder={m.dossiers.intake.procedurePlaceholder}
      aria-label={m.dossiers.intake.procedure}
      style={{ width: '100%' }}
      data-testid="intake-procedure"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(code, option) => {
        const chosen = option && !Array.isArray(option) ? option : null;
        onChange(code, chosen?.label);
      }}
    />
  );
}
