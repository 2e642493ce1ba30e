import { Select } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useDebounced } from '../../../../platform/hooks/useDebounced';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { petitionsApi } from '../../../petitions/api/petitionsApi';

type Props = { unitId: string; value?: string; onChange?: (value: string | undefined) => void };

/** A complaint of the unit, searched by its content (no diacritics needed): the one a dialogue is part of. */
export function PetitionPicker({ unitId, value, onChange }: Props) {
  const { m } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const { data, loading } = useApiQuery(
    `dialogue-petitions:${unitId}:${q}`,
    (signal) => petitionsApi.list({ unitId, kind: 'complaint', q: q || undefined, pageSize: 20 }, signal),
    { silent: true },
  );
  const options = (data?.items ?? []).map((petition) => ({
    value: petition.id,
    label: `${petition.bookNo}/${petition.year} — ${petition.contentSummary.slice(0, 90)}`,
  }));
  return (
    <Select
      allowClear
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      options={options}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={m.dialogues.plan.petitionPlaceholder}
      notFoundContent={m.dialogues.plan.noComplaints}
      data-testid="dialogue-petition"
      data-value={value ?? ''}
    />
  );
}
