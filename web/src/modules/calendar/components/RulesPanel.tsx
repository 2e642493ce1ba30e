import { Alert, App, Card, Flex, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { formatDate, formatDateTime } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { CalendarConfidence, HolidayRuleInfo } from '@contracts/calendar';
import { calendarApi } from '../api/calendarApi';

type Occasion = { occasion: string; rules: HolidayRuleInfo[]; latest: HolidayRuleInfo };

const confidenceColours: Record<CalendarConfidence, string> = { confirmed: 'green', 'partly-confirmed': 'gold', provisional: 'orange' };

function groupByOccasion(rules: HolidayRuleInfo[]): Occasion[] {
  const groups = new Map<string, HolidayRuleInfo[]>();
  for (const rule of rules) groups.set(rule.occasion, [...(groups.get(rule.occasion) ?? []), rule]);
  return [...groups].map(([occasion, list]) => ({ occasion, rules: list, latest: list[list.length - 1] as HolidayRuleInfo }));
}

/** The statutory holiday rules by occasion, each with a deployment-wide on/off switch. */
export function RulesPanel({ onChanged }: { onChanged: () => void }) {
  const { m, locale } = useI18n();
  const r = m.calendar.rules;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const query = useApiQuery('rules', (signal) => calendarApi.rules(signal));
  const [saving, setSaving] = useState<string | null>(null);
  const occasions = useMemo(() => groupByOccasion(query.data?.rules ?? []), [query.data]);
  const settings = query.data?.ruleSettings ?? {};
  const undecided = (query.data?.undecidedRules ?? []).map((occasion) => m.calendar.occasions[occasion] ?? occasion);

  const toggle = async (occasion: string, isEnabled: boolean) => {
    if (!query.data) return;
    setSaving(occasion);
    try {
      await calendarApi.saveRules({ ...settings, [occasion]: { ...settings[occasion], isEnabled } }, query.data.version);
      void message.success(r.saved);
      onChanged();
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        void message.warning({ content: `${m.errors.staleTitle}. ${m.errors.staleDetail}`, duration: 8 });
      } else {
        handleProblem(error);
      }
    } finally {
      setSaving(null);
      query.reload();
    }
  };

  return (
    <Card title={r.title} data-testid="calendar-rules">
      {undecided.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={r.undecidedTitle}
          description={format(r.undecided, { names: undecided.join(', ') })}
          data-testid="calendar-rules-undecided"
        />
      )}
      <Table<Occasion>
        size="small"
        rowKey="occasion"
        loading={query.loading}
        dataSource={occasions}
        pagination={false}
        columns={[
          {
            key: 'occasion',
            title: r.occasion,
            width: 260,
            render: (_value, { latest }) => (
              <Flex vertical gap={4} align="start">
                <Typography.Text strong>{latest.name[locale]}</Typography.Text>
                <Flex gap={4} wrap>
                  <Tag color={confidenceColours[latest.confidence]} data-testid={`rule-confidence-${latest.occasion}`}>
                    {r.confidences[latest.confidence]}
                  </Tag>
                  {!latest.isEnabledByDefault && <Tag>{r.defaultOff}</Tag>}
                </Flex>
                {latest.note && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {latest.note}
                  </Typography.Text>
                )}
                {!latest.isConfirmed && (
                  <Typography.Text type={latest.decision.isDecided ? 'secondary' : 'warning'} style={{ fontSize: 12 }}>
                    {latest.decision.isDecided
                      ? format(r.decidedBy, { by: latest.decision.decidedBy ?? '', at: formatDateTime(latest.decision.decidedAt, locale) })
                      : format(r.notDecided, { state: latest.isEnabledByDefault ? r.on : r.off })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'versions',
            title: r.versions,
            render: (_value, { rules }) => (
              <Flex vertical gap={4}>
                {rules.map((rule) => (
                  <div key={rule.version}>
                    <div>{rule.legalBasis}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {format(r.effective, { from: formatDate(rule.effectiveFrom), to: formatDate(rule.effectiveTo) || r.ongoing })}
                    </Typography.Text>
                  </div>
                ))}
              </Flex>
            ),
          },
          {
            key: 'enabled',
            title: r.enabled,
            width: 100,
            align: 'center',
            render: (_value, { occasion, latest }) => (
              <Switch
                aria-label={`${r.enabled}: ${latest.name[locale]}`}
                data-testid={`rule-switch-${occasion}`}
                loading={saving === occasion}
                disabled={saving !== null}
                checked={settings[occasion]?.isEnabled ?? latest.isEnabledByDefault}
                onChange={(checked) => void toggle(occasion, checked)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
