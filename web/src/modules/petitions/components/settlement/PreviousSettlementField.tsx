import { Form, Select } from 'antd';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { formatMinute } from '../../../dossiers/dossierText';
import { settlementsApi } from '../../api/settlementsApi';

/**
 * For a complaint settled once before: the first-instance settlement it is about, among the decided
 * first complaints of the petition's unit and the units under it (optional; it links both instances in the matter).
 */
export function PreviousSettlementField({ petition }: { petition: Petition }) {
  const { m, locale } = useI18n();
  const t = m.settlements.open;
  const chosen = Form.useWatch<string | undefined>('previousSettlementId', Form.useFormInstance());
  const found = useApiQuery(`first-instances:${petition.unitId}`, (signal) =>
    settlementsApi.list({ kind: 'complaint_first', status: 'decided', unitId: petition.unitId, pageSize: 200 }, signal),
  );
  const options = (found.data?.items ?? [])
    .filter((settlement) => settlement.petitionId !== petition.id)
    .map((settlement) => ({
      value: settlement.id,
      label: format(t.previousOption, {
        bookNo: settlement.petitionBookNo,
        year: settlement.petitionYear,
        at: formatMinute(settlement.decidedAt, locale),
        result: settlement.result ? m.settlements.results[settlement.result] : m.common.none,
      }),
    }));
  return (
    <Form.Item name="previousSettlementId" label={t.previous} extra={t.previousHint}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={found.loading}
        placeholder={t.previousPlaceholder}
        options={options}
        data-testid="settlement-previous"
        data-value={chosen ?? ''}
      />
    </Form.Item>
  );
}
