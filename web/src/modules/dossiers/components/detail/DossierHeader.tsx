import { Descriptions, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierDetail } from '@contracts/dossiers';
import { formatAppointment, formatMinute, isOverdue } from '../../dossierText';
import { OutcomeTag, StatusTag } from '../DossierTags';

type Props = { dossier: DossierDetail; unitName: string; actions: ReactNode };

/** Code, status, appointment (first and new), counters and the actions allowed now. */
export function DossierHeader({ dossier, unitName, actions }: Props) {
  const { m, locale } = useI18n();
  const d = m.dossiers.detail;
  const rescheduled = dossier.originalDueAt && dossier.dueAt && dossier.originalDueAt !== dossier.dueAt;
  const late = isOverdue(dossier);

  const appointment = rescheduled ? (
    <Space orientation="vertical" size={0}>
      <Typography.Text delete type="secondary">
        {d.originalAppointment}: {formatAppointment(dossier.originalDueAt, locale)}
      </Typography.Text>
      <Typography.Text strong type={late ? 'danger' : undefined} data-testid="dossier-due">
        {d.newAppointment}: {formatAppointment(dossier.dueAt, locale)}
      </Typography.Text>
    </Space>
  ) : dossier.dueAt ? (
    <Typography.Text strong type={late ? 'danger' : undefined} data-testid="dossier-due">
      {formatAppointment(dossier.dueAt, locale)}
    </Typography.Text>
  ) : (
    m.common.none
  );

  return (
    <>
      <Flex justify="space-between" align="start" gap={16} wrap style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size={4}>
          <Typography.Title
            level={3}
            copyable={dossier.code ? { text: dossier.code } : false}
            style={{ margin: 0 }}
            data-testid="dossier-code"
          >
            {dossier.code ?? m.dossiers.list.noCode}
          </Typography.Title>
          <Space wrap>
            <StatusTag status={dossier.status} nationalStatus={dossier.nationalStatus} testId="dossier-status" />
            <OutcomeTag outcome={dossier.outcome} />
          </Space>
        </Space>
        {actions}
      </Flex>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'procedure', label: d.procedure, span: 'filled', children: `${dossier.procedureCode} · ${dossier.procedureName}` },
          { key: 'appointment', label: d.appointment, children: appointment },
          {
            key: 'received',
            label: dossier.receivedAt ? d.receivedAt : d.submittedAt,
            children: formatMinute(dossier.receivedAt ?? dossier.submittedAt, locale),
          },
          { key: 'unit', label: d.receivingUnit, children: unitName },
          {
            key: 'counters',
            label: d.counters,
            children: format(d.counterValue, { supplement: dossier.supplementCount, reschedule: dossier.rescheduleCount }),
          },
          { key: 'delivery', label: d.delivery, children: m.procedures.deliveryOptions[dossier.delivery] ?? dossier.delivery },
          {
            key: 'channel',
            label: d.channel,
            children: `${d.channels[dossier.channel] ?? dossier.channel} · ${d.setCount}: ${dossier.setCount}`,
          },
          ...(dossier.finishedAt ? [{ key: 'finished', label: d.finishedAt, children: formatMinute(dossier.finishedAt, locale) }] : []),
          ...(dossier.returnedAt ? [{ key: 'returned', label: d.returnedAt, children: formatMinute(dossier.returnedAt, locale) }] : []),
        ]}
      />
    </>
  );
}
