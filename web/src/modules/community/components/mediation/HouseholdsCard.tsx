import { App, Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { formatNumber } from '../../../../platform/format/numbers';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import { mediationApi } from '../../api/mediationApi';
import { useCommunityText } from '../../communityText';

type Values = { asOf?: string; count?: number | null; source?: string };

/** The village's households in the register (what mediators' votes are judged against), and a new count. */
export function HouseholdsCard({ unitId }: { unitId: string }) {
  const t = useCommunityText();
  const { m, locale } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const counts = useApiQuery(`households:${unitId}`, (signal) => mediationApi.households(unitId, signal));
  const latest = counts.data?.[0];

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const source = optionalText(values.source);
      await mediationApi.recordHouseholds(unitId, { asOf: values.asOf ?? '', count: values.count ?? 0, ...(source ? { source } : {}) });
      void message.success(t.households.recorded);
      form.resetFields();
      counts.reload();
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t.households.title} style={{ marginBottom: 16 }} data-testid="households-card">
      <Typography.Paragraph data-testid="households-latest">
        {latest
          ? `${formatNumber(latest.count, locale)} · ${t.households.asOf.toLowerCase()} ${formatDate(latest.asOf)}${latest.source ? ` · ${latest.source}` : ''}`
          : t.households.empty}
      </Typography.Paragraph>
      {can('community.manage') && (
        <Form<Values> form={form} layout="vertical" initialValues={{ asOf: todayInVietnam() }} onFinish={(values) => void onFinish(values)}>
          <Flex gap={12} wrap align="end">
            <Form.Item name="asOf" label={t.households.asOf} rules={[{ required: true, message: m.common.required }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="count" label={t.households.count} rules={[{ required: true, message: m.common.required }]}>
              <InputNumber<number> min={1} max={100_000} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="source" label={t.households.source} style={{ flex: '1 1 200px' }}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={busy}>
                {t.households.record}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
