import { App, Button, Flex, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { formatDate } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Session } from '@contracts/reception';
import { receptionApi } from '../../api/receptionApi';
import { ConclusionsEditor } from '../conclusions/ConclusionsEditor';
import { newConclusion, toConclusion, type ConclusionValues } from '../conclusions/conclusionForm';

type Values = { conclusions?: ConclusionValues[] };
type Props = { session: Session | null; onClose: () => void };

/** The head's conclusions after a session held, each made a commitment with its owner, due date and evidence. */
export function ConclusionsModal({ session, onClose }: Props) {
  const { m } = useI18n();
  return (
    <Modal
      open={session !== null}
      title={session ? format(m.reception.conclude.title, { date: formatDate(session.date) }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={860}
    >
      {session && <ConcludeForm session={session} onClose={onClose} />}
    </Modal>
  );
}

function ConcludeForm({ session, onClose }: { session: Session; onClose: () => void }) {
  const { m } = useI18n();
  const t = m.reception.conclude;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<number | null>(null);

  const onFinish = async (values: Values) => {
    const conclusions = (values.conclusions ?? []).map(toConclusion);
    if (conclusions.length === 0) return;
    setBusy(true);
    try {
      const commitments = await receptionApi.conclude(session.id, conclusions);
      void message.success(format(t.done, { count: commitments.length }));
      setMade(commitments.length);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  if (made !== null) {
    return (
      <Flex vertical gap={12} align="start" data-testid="conclude-done">
        <Typography.Text>{format(t.done, { count: made })}</Typography.Text>
        <Flex gap={8}>
          <Link to="/commitments">{t.openBoard}</Link>
        </Flex>
        <Button onClick={onClose}>{m.common.close}</Button>
      </Flex>
    );
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ conclusions: [newConclusion(session.unitId)] }}
      onFinish={(values) => void onFinish(values)}
    >
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <ConclusionsEditor defaultUnit={{ id: session.unitId, code: null, name: session.unitName }} testId="session-conclusions" />
      <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="conclude-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}
