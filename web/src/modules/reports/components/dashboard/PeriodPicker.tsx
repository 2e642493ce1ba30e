import { Flex, Input, Segmented, Select, Typography } from 'antd';
import { formatDate } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { isOrderedPeriod, type Period, type PresetKey } from '../../reportFormat';
import { useReportsText } from '../../reportsText';

export type PeriodKey = PresetKey | 'custom';

const keys: readonly PeriodKey[] = ['month', 'quarter', 'year', 'custom'];

type Props = {
  periodKey: PeriodKey;
  onKeyChange: (key: PeriodKey) => void;
  custom: Period;
  onCustomChange: (period: Period) => void;
  /** The period shown: the preset's or the custom one. */
  period: Period;
};

/** This month, this quarter, this year so far, or any range of days; and the range in words. */
export function PeriodPicker({ periodKey, onKeyChange, custom, onCustomChange, period }: Props) {
  const t = useReportsText();
  const isPhone = useIsPhone();
  const isOrdered = isOrderedPeriod(period);
  return (
    <Flex gap={8} wrap align="center">
      {isPhone ? (
        // Four segments do not fit a phone's width with their words: a select does.
        <Select<PeriodKey>
          value={periodKey}
          onChange={onKeyChange}
          aria-label={t.common.period}
          style={{ width: '100%' }}
          options={keys.map((value) => ({ value, label: t.periods[value] }))}
          data-testid="reports-period-select"
        />
      ) : (
        <Segmented<PeriodKey>
          value={periodKey}
          onChange={onKeyChange}
          options={keys.map((value) => ({
            value,
            label: <span data-testid={`reports-period-${value}`}>{t.periods[value]}</span>,
          }))}
        />
      )}
      {periodKey === 'custom' && (
        <Flex gap={8} align="center" wrap>
          <Input
            type="date"
            aria-label={t.common.from}
            value={custom.from}
            onChange={(event) => onCustomChange({ ...custom, from: event.target.value })}
            style={{ width: 160 }}
            data-testid="reports-from"
          />
          <span>–</span>
          <Input
            type="date"
            aria-label={t.common.to}
            value={custom.to}
            status={isOrdered ? undefined : 'error'}
            onChange={(event) => onCustomChange({ ...custom, to: event.target.value })}
            style={{ width: 160 }}
            data-testid="reports-to"
          />
        </Flex>
      )}
      <Typography.Text type={isOrdered ? 'secondary' : 'danger'} data-testid="reports-period">
        {isOrdered ? format(t.common.range, { from: formatDate(period.from), to: formatDate(period.to) }) : t.common.periodOrder}
      </Typography.Text>
    </Flex>
  );
}
