import { procedureCodePattern, type ProcedureSummary } from '@contracts/catalog';
import { Flex, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../../platform/api/problem';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useDebounced } from '../../../../platform/hooks/useDebounced';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { proceduresApi } from '../../../procedures/api/proceduresApi';
import { isSureMatch } from './procedureMatch';

type Option = { value: string; label: string; name: string };
type Found = { q: string; items: Pick<ProcedureSummary, 'code' | 'name'>[] };

/** The list search matches names only, so a full code (1.001193) is looked up directly. Answers which search it is for. */
async function searchProcedures(q: string, signal: AbortSignal): Promise<Found> {
  if (procedureCodePattern.test(q)) {
    try {
      const detail = await proceduresApi.get(q, signal);
      return { q, items: detail.procedure.isPublished ? [{ code: detail.code, name: detail.procedure.name }] : [] };
    } catch (error) {
      if (isApiError(error) && error.status === 404) return { q, items: [] };
      throw error;
    }
  }
  const page = await proceduresApi.list({ q: q || undefined, published: 'true', page: 1, pageSize: 20 }, signal);
  return { q, items: page.items };
}

type Props = {
  value: string | undefined;
  /** Label of the value, shown while no search result holds it (the procedure kept for the next intake). */
  label?: string;
  autoFocus?: boolean;
  onChange: (code: string | undefined, label: string | undefined) => void;
};

/**
 * The published procedures, searched on the server by code or name, in the server's order (best
 * match first). Only the results of the words as typed now are offered, so a quick Enter never
 * takes a result of an earlier search. Enter takes the first result by itself only when it is sure
 * (a full code, or a name beginning with the words typed); otherwise the officer moves to a result
 * with the arrow keys or the mouse.
 */
export function ProcedurePicker({ value, label, autoFocus, onChange }: Props) {
  const { m } = useI18n();
  const t = m.dossiers.intake;
  const [search, setSearch] = useState('');
  const typed = search.trim();
  const q = useDebounced(typed, 250);
  const { data, loading } = useApiQuery(`intake-procedures:${q}`, (signal) => searchProcedures(q, signal), { silent: true });
  const isCurrent = data !== undefined && data.q === typed && !loading;

  const options = useMemo(() => {
    const found = isCurrent ? data.items : [];
    const result: Option[] = found.map((procedure) => ({
      value: procedure.code,
      label: `${procedure.code} · ${procedure.name}`,
      name: procedure.name,
    }));
    // The chosen procedure stays visible when nothing is being searched; while searching, the results alone, in their order.
    if (!typed && value && !result.some((option) => option.value === value)) result.unshift({ value, label: label ?? value, name: '' });
    return result;
  }, [data, isCurrent, typed, label, value]);
  const isSure = isCurrent && isSureMatch(typed, data.items[0]);

  return (
    <Select<string, Option>
      autoFocus={autoFocus}
      allowClear
      size="large"
      value={value}
      options={options}
      loading={loading}
      placeholder={t.procedurePlaceholder}
      aria-label={t.procedure}
      style={{ width: '100%' }}
      data-testid="intake-procedure"
      data-sure-match={isSure ? 'true' : 'false'}
      defaultActiveFirstOption={isSure}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={typed && !isCurrent ? <Spin size="small" /> : undefined}
      popupRender={(menu) => (
        <>
          {menu}
          {isCurrent && options.length > 1 && (
            <Flex style={{ padding: '4px 12px' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {isSure ? t.procedureRankedSure : t.procedureRanked}
              </Typography.Text>
            </Flex>
          )}
        </>
      )}
      optionRender={(option) => (
        <span style={{ whiteSpace: 'normal' }} data-procedure-code={option.value}>
          {option.label}
        </span>
      )}
      onChange={(code, option) => {
        const chosen = option && !Array.isArray(option) ? option : null;
        setSearch('');
        onChange(code, chosen?.label);
      }}
    />
  );
}
