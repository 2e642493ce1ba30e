import { Button, Card, Descriptions, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';
import { formatDate, formatDateTime, nowInVietnam, vietnamLocalToIso } from '../../../platform/format/dates';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { DueResult } from '@contracts/calendar';
import { calendarApi } from '../api/calendarApi';

type Values = { start: string; workingDays: number };

/** Counts a time limit in working days from a receipt instant, on the chosen unit's calendar. */
export function DueForm({ unitId }: { unitId: string | null }) {
  const { m, locale } = useI18n();
  const c = m.calendar.due;
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<DueResult | null>(null);
  const [busy, setBusy] = useState(false);
  // On a phone the fields stack, each label over its field.
  const isPhone = useIsPhone();

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      setResult(await calendarApi.due(vietnamLocalToIso(values.start), values.workingDays, unitId));
    } catch (error) {
      setResult(null);
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={c.title} size="small" data-testid="calendar-due">
      <Form<Values>
        form={form}
        layout={isPhone ? 'vertical' : 'inline'}
        initialValues={{ start: nowInVietnam(), workingDays: 5 }}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={() => setResult(null)}
        style={{ rowGap: 12 }}
      >
        <Form.Item name="start" label={c.start} rules={[{ required: true, message: m.common.required }]}>
          <Input type="datetime-local" data-testid="due-start" style={{ width: 210, maxWidth: '100%' }} />
        </Form.Item>
        <Form.Item name="workingDays" label={c.workingDays} rules={[{ required: true, message: m.common.required }]}>
          <InputNumber min={0} max={3650} precision={0} data-testid="due-working-days" style={{ width: 100 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="due-submit">
          {c.submit}
        </Button>
      </Form>
      {result && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          style={{ marginTop: 16 }}
          data-testid="due-result"
          items={[
            { key: 'dueAt', label: c.dueAt, children: <strong data-testid="due-at">{formatDateTime(result.dueAt, locale)}</strong> },
            { key: 'receiptDay', label: c.receiptDay, children: formatDate(result.receiptDay) },
          ]}
        />
      )}
    </Card>
  );
}
