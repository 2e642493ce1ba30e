import { Card, Col, Flex, Input, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { dialogueKinds } from '@contracts/dialogues';
import type { Period } from '@contracts/period';
import { hostBodies } from '@contracts/reception';
import { CountTable, Figure } from '../../../petitions/components/figures/FigureParts';
import { dialoguesApi } from '../../api/dialoguesApi';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The unit's dialogues held in a period (by kind and by host body, those in petition cases) and the commitments they made. */
export function DialogueFiguresCard({ unitId, refreshKey }: { unitId: string; refreshKey: number }) {
  const { m } = useI18n();
  const t = m.dialogues.figures;
  const today = todayInVietnam();
  const [period, setPeriod] = useState<Period>({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const isOrdered = isoDate.test(period.from) && isoDate.test(period.to) && period.from <= period.to;
  const figures = useApiQuery(isOrdered ? `dialogue-figures:${unitId}:${period.from}:${period.to}:${refreshKey}` : null, (signal) =>
    dialoguesApi.figures(unitId, period, signal),
  );
  const data = figures.data;
  const loading = figures.loading && !data;
  const c = data?.commitments;

  return (
    <Card title={t.title} data-testid="dialogue-figures">
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Input
          type="date"
          aria-label={t.from}
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.target.value })}
          style={{ width: 160 }}
          data-testid="dialogue-figures-from"
        />
        <span>–</span>
        <Input
          type="date"
          aria-label={t.to}
          value={period.to}
          status={isOrdered ? undefined : 'error'}
          onChange={(event) => setPeriod({ ...period, to: event.target.value })}
          style={{ width: 160 }}
          data-testid="dialogue-figures-to"
        />
        <Typography.Text type="secondary">{format(t.period, { from: formatDate(period.from), to: formatDate(period.to) })}</Typography.Text>
        {data ? (
          <Tag color={data.annualConferenceHeld ? 'green' : 'orange'} data-testid="dialogue-figures-annual">
            {data.annualConferenceHeld ? t.annualHeld : t.annualNotHeld}
          </Tag>
        ) : null}
      </Flex>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Figure title={t.held} value={data?.held} loading={loading} testId="dialogue-figure-held" />
        <Figure title={t.linked} value={data?.linkedToPetitions} loading={loading} testId="dialogue-figure-linked" />
        <Figure title={t.made} value={c?.made} loading={loading} testId="dialogue-figure-made" />
        <Figure title={t.done} value={c?.done} loading={loading} colour="#389e0d" testId="dialogue-figure-done" />
        <Figure title={t.open} value={c?.open} loading={loading} testId="dialogue-figure-open" />
        <Figure
          title={t.overdue}
          value={c?.overdue}
          basis={c ? format(t.reopened, { count: c.reopened }) : undefined}
          loading={loading}
          colour={c && c.overdue > 0 ? '#cf1322' : undefined}
          testId="dialogue-figure-overdue"
        />
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <CountTable
            title={t.byHostBody}
            loading={loading}
            total
            rows={hostBodies.map((key) => ({ key, label: m.reception.hostBodies[key], count: data?.byHostBody[key] ?? 0 }))}
            testId="dialogue-figures-host"
          />
        </Col>
        <Col xs={24} md={12}>
          <CountTable
            title={t.byKind}
            loading={loading}
            total
            rows={dialogueKinds.map((key) => ({ key, label: m.dialogues.kinds[key], count: data?.byKind[key] ?? 0 }))}
            testId="dialogue-figures-kind"
          />
        </Col>
      </Row>
    </Card>
  );
}
