import { Descriptions, Tag, Typography } from 'antd';
import { formatDate } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { ProcedureDetail } from '@contracts/catalog';
import { hoursText, onlineLevelColours, processingTimeText, totalBudgetHours } from '../procedureText';

function Lines({ items }: { items: string[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ol>
  );
}

/** The general rules of a procedure as a description list. */
export function ProcedureOverview({ detail }: { detail: ProcedureDetail }) {
  const { m, locale } = useI18n();
  const p = m.procedures;
  const f = p.fields;
  const procedure = detail.procedure;
  const time = procedure.processingTime;
  const hours = totalBudgetHours(time);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 220 } }}
      items={[
        { key: 'name', label: f.name, children: <Typography.Text strong>{procedure.name}</Typography.Text> },
        { key: 'code', label: f.code, children: <code>{procedure.code}</code> },
        {
          key: 'field',
          label: `${f.sectorName} / ${f.fieldName}`,
          children: `${procedure.sectorName} / ${procedure.fieldName}${procedure.fieldCode ? ` (${procedure.fieldCode})` : ''}`,
        },
        { key: 'levels', label: f.levels, children: procedure.levels.map((level) => <Tag key={level}>{p.levels[level]}</Tag>) },
        {
          key: 'time',
          label: f.processingTime,
          children:
            time.unit === 'working_days'
              ? `${processingTimeText(time, m, locale)} (${format(p.hours, { value: hoursText(hours, locale) })})`
              : processingTimeText(time, m, locale),
        },
        {
          key: 'online',
          label: f.onlineLevel,
          children: <Tag color={onlineLevelColours[procedure.onlineLevel]}>{p.onlineLevels[procedure.onlineLevel]}</Tag>,
        },
        {
          key: 'delivery',
          label: f.deliveryOptions,
          children: procedure.deliveryOptions.map((option) => p.deliveryOptions[option]).join('; '),
        },
        { key: 'pause', label: f.canPauseForSupplement, children: procedure.canPauseForSupplement ? p.yes : p.no },
        { key: 'applicants', label: f.applicants, children: procedure.applicants.map((kind) => p.applicants[kind]).join(', ') },
        { key: 'where', label: f.whereToSubmit, children: procedure.whereToSubmit || m.common.none },
        { key: 'results', label: f.results, children: <Lines items={procedure.results} /> },
        {
          key: 'retention',
          label: f.retentionYears,
          children: procedure.retentionYears != null ? format(p.years, { value: procedure.retentionYears }) : m.common.none,
        },
        { key: 'legal', label: f.legalBasis, children: <Lines items={procedure.legalBasis} /> },
        {
          key: 'published',
          label: f.isPublished,
          children: (
            <>
              {procedure.isPublished ? p.publishedYes : p.publishedNo}
              {procedure.isSample && (
                <Tag color="gold" style={{ marginInlineStart: 8 }} title={p.sampleHint}>
                  {p.sample}
                </Tag>
              )}
            </>
          ),
        },
        {
          key: 'effective',
          label: f.effectiveFrom,
          children: `${formatDate(detail.effectiveFrom)}${detail.changeNote ? ` — ${detail.changeNote}` : ''}`,
        },
      ]}
    />
  );
}
