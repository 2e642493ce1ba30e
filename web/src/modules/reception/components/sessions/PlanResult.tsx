import { Alert, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { formatDate } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { CompliancePeriod } from '@contracts/reception';
import type { PlanView } from '../../api/receptionApi';
import { periodStateColours, weekdayOf } from '../../receptionText';

const dayMonth = (date: string) => formatDate(date).slice(0, 5);

/**
 * The planner's answer: the warnings, the days proposed (a preferred day that falls on a day off is
 * made up on the next working day), and each legal period with its sessions held against required.
 */
export function PlanResult({ plan }: { plan: PlanView }) {
  const { m, locale } = useI18n();
  const t = m.reception.planner;

  const periodLabel = (period: CompliancePeriod) =>
    period.per === 'month'
      ? format(t.month, { month: Number(period.from.slice(5, 7)), year: period.from.slice(0, 4) })
      : `${dayMonth(period.from)}–${dayMonth(period.to)}`;

  return (
    <Flex vertical gap={12} data-testid="plan-result" data-host-role={plan.hostRole} data-year={plan.year}>
      {plan.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t.warnings}
          data-testid="plan-warnings"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {plan.warnings.map((warning) => (
                <li key={warning.vi}>{warning[locale]}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card size="small" title={format(t.days, { count: plan.days.length })}>
        {plan.days.length === 0 ? (
          <Typography.Text type="secondary">{t.noDays}</Typography.Text>
        ) : (
          <Flex gap={6} wrap data-testid="plan-days">
            {plan.days.map((day) => (
              <Tooltip
                key={day.date}
                title={day.makeUpFor ? format(t.makeUpFor, { date: formatDate(day.makeUpFor), basis: day.ruleBasis }) : day.ruleBasis}
              >
                <Tag
                  color={day.makeUpFor ? 'orange' : 'blue'}
                  data-testid="plan-day"
                  data-date={day.date}
                  data-make-up={day.makeUpFor ?? ''}
                  style={{ marginInlineEnd: 0 }}
                >
                  {weekdayOf(day.date, locale)} {formatDate(day.date)}
                  {day.makeUpFor ? ` · ${t.makeUp}` : ''}
                </Tag>
              </Tooltip>
            ))}
          </Flex>
        )}
      </Card>
      <Card size="small" title={t.periods}>
        <Flex gap={6} wrap style={{ marginBottom: 8 }}>
          {(['met', 'planned', 'short', 'missed'] as const).map((state) => (
            <Tag key={state} color={periodStateColours[state]} variant="outlined">
              {m.reception.periodStates[state]}
            </Tag>
          ))}
        </Flex>
        {plan.periods.length === 0 ? (
          <Typography.Text type="secondary">{t.noPeriods}</Typography.Text>
        ) : (
          <Flex gap={6} wrap data-testid="plan-periods">
            {plan.periods.map((period) => (
              <Tooltip
                key={`${period.per}:${period.from}`}
                title={format(t.periodHint, {
                  from: formatDate(period.from),
                  to: formatDate(period.to),
                  held: period.held,
                  planned: period.planned,
                  required: period.required,
                  state: m.reception.periodStates[period.state],
                  basis: period.ruleBasis,
                })}
              >
                <Tag
                  color={periodStateColours[period.state]}
                  data-testid="plan-period"
                  data-state={period.state}
                  data-from={period.from}
                  style={{ marginInlineEnd: 0 }}
                >
                  {periodLabel(period)} · {period.held}/{period.required}
                  {period.planned > 0 ? ` (+${period.planned})` : ''}
                </Tag>
              </Tooltip>
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
