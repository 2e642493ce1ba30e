import { CalculatorOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, InputNumber, Row, Select, Spin } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { HostRole } from '@contracts/reception';
import { receptionApi } from '../../api/receptionApi';
import { foldedSearch } from '../../receptionText';
import { CreateFromPlan } from './CreateFromPlan';
import { PlanResult } from './PlanResult';
import { SessionFields } from './SessionFields';
import { newSessionValues, type ScheduleValues } from './sessionForm';

type PlannerValues = ScheduleValues & { year?: number | null; days?: string[] };
type Asked = { hostRole: HostRole; year: number; days?: string };
type Props = { unitId: string; canHost: boolean; refreshKey: number; onCreated: () => void };

const weekdays = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'] as const;
const monthDays = Array.from({ length: 31 }, (_, index) => String(index + 1));

/**
 * A host's year: the office (which sets the legal minimum of each date), the year and the days the
 * host prefers (days of the month or weekdays) give the proposed days and the periods as they
 * stand; the days can then be scheduled in one go.
 */
export function ReceptionPlanner({ unitId, canHost, refreshKey, onCreated }: Props) {
  const { m } = useI18n();
  const t = m.reception.planner;
  const [form] = Form.useForm<PlannerValues>();
  const [asked, setAsked] = useState<Asked | null>(null);
  const [tick, setTick] = useState(0);
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const plan = useApiQuery(asked ? `plan:${unitId}:${JSON.stringify(asked)}:${tick}:${refreshKey}` : null, (signal) =>
    receptionApi.plan({ unitId, ...(asked ?? { hostRole: 'commune_chairman', year: thisYear }) }, signal),
  );
  const shown = plan.data && asked && plan.data.hostRole === asked.hostRole && plan.data.year === asked.year ? plan.data : undefined;
  const dayOptions = [
    ...weekdays.map((value) => ({ value, label: t.weekdays[value] })),
    ...monthDays.map((value) => ({ value, label: format(t.dayOfMonth, { day: value }) })),
  ];

  const propose = async () => {
    const values = await form.validateFields(['hostRole', 'year', 'days']).catch((error: unknown) => {
      // Fields with errors show them; anything else is a real failure.
      if (error && typeof error === 'object' && 'errorFields' in error) return null;
      throw error;
    });
    if (!values?.hostRole || !values.year) return;
    const days = values.days?.length ? values.days.join(',') : undefined;
    setAsked({ hostRole: values.hostRole, year: values.year, ...(days ? { days } : {}) });
    setTick((value) => value + 1);
  };

  return (
    <Card title={t.title} data-testid="planner">
      <Form<PlannerValues>
        form={form}
        name="reception-planner"
        layout="vertical"
        initialValues={{ ...newSessionValues(''), year: thisYear, days: [] }}
        onFinish={() => void propose()}
      >
        <Row gutter={12}>
          <Col xs={24} sm={6} md={4}>
            <Form.Item name="year" label={t.year} rules={[{ required: true, message: m.common.required }]}>
              <InputNumber<number> min={2015} max={2100} precision={0} style={{ width: '100%' }} data-testid="planner-year" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={18} md={20}>
            <Form.Item
              name="days"
              label={t.preferredDays}
              extra={t.preferredDaysHint}
              rules={[{ type: 'array', max: 10, message: t.tooManyDays }]}
            >
              <Select
                mode="multiple"
                allowClear
                showSearch={foldedSearch}
                options={dayOptions}
                placeholder={t.preferredDaysPlaceholder}
                data-testid="planner-days"
              />
            </Form.Item>
          </Col>
        </Row>
        <SessionFields withDate={false} />
        <Flex gap={8} style={{ marginBottom: 16 }}>
          <Button htmlType="submit" icon={<CalculatorOutlined />} loading={plan.loading && asked !== null} data-testid="planner-submit">
            {t.propose}
          </Button>
        </Flex>
      </Form>
      <Spin spinning={plan.loading && asked !== null && !shown}>
        {shown && (
          <Flex vertical gap={12}>
            <PlanResult plan={shown} />
            {canHost && (
              <CreateFromPlan
                unitId={unitId}
                plan={shown}
                form={form}
                onCreated={() => {
                  setTick((value) => value + 1);
                  onCreated();
                }}
              />
            )}
          </Flex>
        )}
      </Spin>
    </Card>
  );
}
