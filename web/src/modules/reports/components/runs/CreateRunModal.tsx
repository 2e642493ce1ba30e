import { cutOffRules, periodKinds, reportKindLabels, reportKinds, type ReportKind } from '@contracts/report-runs';
import type { ReportRun } from '@contracts/report-documents';
import { App, Button, Col, Flex, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import { useRef, useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { newIdempotencyKey } from '../../../dossiers/api/dossiersApi';
import { UnitSelect } from '../../../units/components/UnitSelect';
import { reportsApi, type RunBody } from '../../api/reportsApi';
import { quarterOf } from '../../reportFormat';
import { useReportsText } from '../../reportsText';

type PeriodKind = (typeof periodKinds)[number];
type CutOffRule = (typeof cutOffRules)[number];
type Values = {
  unitId?: string;
  kind?: ReportKind;
  period: { kind: PeriodKind; cutOffRule: CutOffRule; year?: number | null; number?: number; from?: string; to?: string };
};
type Props = { open: boolean; onClose: () => void; onDrafted: (made: ReportRun) => void };

const roman = ['I', 'II', 'III', 'IV'];
/** The kinds of period named by a number as well as a year: the month, the quarter, the half. */
const numbered: ReadonlySet<PeriodKind> = new Set(['month', 'quarter', 'half_year']);

/** The number a period of this kind takes now (this month, quarter or half), or none. */
function currentNumber(kind: PeriodKind, today: string): number | undefined {
  const month = Number(today.slice(5, 7));
  if (kind === 'month') return month;
  if (kind === 'quarter') return quarterOf(today);
  if (kind === 'half_year') return month <= 6 ? 1 : 2;
  return undefined;
}

/** The body the API takes: a custom period by its days, any other by its year (and number). */
function toBody(values: Values): RunBody {
  const { kind, cutOffRule, year, number, from, to } = values.period;
  const period =
    kind === 'custom'
      ? { kind, cutOffRule, from, to }
      : { kind, cutOffRule, ...(year != null ? { year } : {}), ...(numbered.has(kind) ? { number } : {}) };
  return { unitId: values.unitId ?? '', kind: values.kind ?? 'dan_van', period };
}

/** A new report: which unit, which report, which period and how its figures are cut off; the draft opens once made. */
export function CreateRunModal({ open, onClose, onDrafted }: Props) {
  const t = useReportsText();
  const { m, locale } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { current } = useUnitScope();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const today = todayInVietnam();
  const periodKind: PeriodKind = Form.useWatch(['period', 'kind'], form) ?? 'quarter';
  const required = { required: true, message: m.common.required };

  const numberOptions =
    periodKind === 'month'
      ? Array.from({ length: 12 }, (_unused, index) => ({ value: index + 1, label: format(t.runs.monthName, { n: index + 1 }) }))
      : periodKind === 'quarter'
        ? roman.map((numeral, index) => ({ value: index + 1, label: format(t.runs.quarterName, { n: numeral }) }))
        : [
            { value: 1, label: t.runs.firstHalf },
            { value: 2, label: t.runs.secondHalf },
          ];
  const numberLabel = periodKind === 'month' ? t.runs.month : periodKind === 'quarter' ? t.runs.quarter : t.runs.half;
  const hasNumber = numbered.has(periodKind);

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const made = await reportsApi.draft(toBody(values), idempotencyKey.current);
      idempotencyKey.current = newIdempotencyKey();
      void message.success(t.runs.created);
      onDrafted(made);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.runs.create} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          unitId: current?.id ?? undefined,
          kind: 'dan_van',
          period: { kind: 'quarter', cutOffRule: 'calendar', year: Number(today.slice(0, 4)), number: quarterOf(today) },
        }}
        onFinish={(values) => void onFinish(values)}
        data-testid="run-form"
      >
        <Form.Item name="unitId" label={t.common.unit} rules={[required]}>
          <UnitSelect
            initial={current?.id ? { id: current.id, code: current.code, name: current.name } : null}
            allowClear={false}
            data-testid="run-unit"
          />
        </Form.Item>
        <Form.Item name="kind" label={t.runs.kind} rules={[required]}>
          <Select
            options={reportKinds.map((value) => ({ value, label: reportKindLabels[value][locale] }))}
            popupMatchSelectWidth={false}
            data-testid="run-kind"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name={['period', 'kind']} label={t.runs.periodKind} rules={[required]}>
              <Select
                options={periodKinds.map((value) => ({ value, label: t.runs.periodKinds[value] }))}
                onChange={(kind: PeriodKind) => form.setFieldValue(['period', 'number'], currentNumber(kind, today))}
                data-testid="run-period-kind"
              />
            </Form.Item>
          </Col>
          {periodKind === 'custom' ? (
            <>
              <Col xs={12} sm={8}>
                <Form.Item name={['period', 'from']} label={t.common.from} rules={[required]}>
                  <Input type="date" data-testid="run-from" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item name={['period', 'to']} label={t.common.to} rules={[required]}>
                  <Input type="date" data-testid="run-to" />
                </Form.Item>
              </Col>
            </>
          ) : (
            <>
              <Col xs={hasNumber ? 12 : 24} sm={8}>
                <Form.Item name={['period', 'year']} label={t.runs.year} rules={[required]}>
                  <InputNumber min={1902} max={2100} style={{ width: '100%' }} data-testid="run-year" />
                </Form.Item>
              </Col>
              {hasNumber && (
                <Col xs={12} sm={8}>
                  <Form.Item name={['period', 'number']} label={numberLabel} rules={[required]}>
                    <Select options={numberOptions} data-testid="run-number" />
                  </Form.Item>
                </Col>
              )}
            </>
          )}
        </Row>
        {periodKind !== 'custom' && (
          <Form.Item name={['period', 'cutOffRule']} label={t.runs.cutOffRule}>
            <Radio.Group
              options={cutOffRules.map((value) => ({ value, label: t.runs.cutOffRules[value] }))}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              data-testid="run-cut-off"
            />
          </Form.Item>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="run-submit">
            {t.runs.create}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
