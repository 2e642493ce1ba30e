import { App, Button, Col, Flex, Form, Modal, Radio, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { receptionForms, type Session } from '@contracts/reception';
import { receptionApi } from '../../api/receptionApi';
import { SessionFields } from './SessionFields';
import { newSessionValues, toSession, type ScheduleValues } from './sessionForm';

type Props = { open: boolean; unitId: string; onClose: () => void; onScheduled: (session: Session) => void };

/** Plans a head's session: host, periodic or ad hoc, direct or online (with its connected points), place, day and hours. */
export function ScheduleSessionModal({ open, unitId, onClose, onScheduled }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={open} title={m.reception.schedule.title} onCancel={onClose} footer={null} destroyOnHidden width={720}>
      {open && <ScheduleForm unitId={unitId} onClose={onClose} onScheduled={onScheduled} />}
    </Modal>
  );
}

function ScheduleForm({ unitId, onClose, onScheduled }: Omit<Props, 'open'>) {
  const { m } = useI18n();
  const r = m.reception;
  const t = r.schedule;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<ScheduleValues>();
  const [busy, setBusy] = useState(false);
  const sessionForm = Form.useWatch('form', form);

  const onFinish = async (values: ScheduleValues) => {
    setBusy(true);
    try {
      const session = await receptionApi.schedule(toSession(unitId, values));
      void message.success(format(t.done, { date: formatDate(session.date) }));
      onScheduled(session);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ScheduleValues>
      form={form}
      name="session-schedule"
      layout="vertical"
      initialValues={newSessionValues(todayInVietnam())}
      onFinish={(values) => void onFinish(values)}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="kind" label={t.kind}>
            <Radio.Group
              options={(['periodic', 'ad_hoc'] as const).map((value) => ({
                value,
                label: <span data-testid={`session-kind-${value}`}>{r.kinds[value]}</span>,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="form" label={t.form}>
            <Radio.Group
              options={receptionForms.map((value) => ({
                value,
                label: <span data-testid={`session-form-${value}`}>{r.forms[value]}</span>,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <SessionFields />
      {sessionForm === 'online' && (
        <Form.Item
          name="connectedPoints"
          label={t.connectedPoints}
          extra={t.connectedPointsHint}
          rules={[{ required: true, type: 'array', min: 1, message: t.connectedPointsRequired }]}
        >
          <Select mode="tags" open={false} tokenSeparators={[';']} suffixIcon={null} data-testid="session-points" />
        </Form.Item>
      )}
      <Form.Item name="published" label={t.published} valuePropName="checked" extra={t.publishedHint}>
        <Switch data-testid="session-published" />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="session-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}
