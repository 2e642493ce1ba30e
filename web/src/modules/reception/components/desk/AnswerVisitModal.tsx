import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { vietnamLocalToIso } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { visitAnswers, type Visit } from '@contracts/reception';
import { receptionApi } from '../../api/receptionApi';

type Answer = (typeof visitAnswers)[number];
type Values = { answer?: Answer; at?: string };
type Props = { visit: Visit; open: boolean; onClose: () => void; onAnswered: (visit: Visit) => void };

/** What the citizen was told became of the content taken in (within 10 working days), once. */
export function AnswerVisitModal({ visit, open, onClose, onAnswered }: Props) {
  const { m } = useI18n();
  const t = m.reception.answer;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const answer = Form.useWatch('answer', form);

  const onFinish = async (values: Values) => {
    if (!values.answer) return;
    setBusy(true);
    try {
      const saved = await receptionApi.answer(visit.id, {
        answer: values.answer,
        ...(values.at ? { at: vietnamLocalToIso(values.at) } : {}),
      });
      void message.success(t.done);
      onAnswered(saved);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
        <Form.Item name="answer" label={t.answer} rules={[{ required: true, message: m.common.required }]}>
          <Select
            options={visitAnswers.map((value) => ({ value, label: m.reception.answers[value] }))}
            data-testid="answer-select"
            data-value={answer ?? ''}
          />
        </Form.Item>
        <Form.Item name="at" label={t.at} extra={t.atHint}>
          <Input type="datetime-local" data-testid="answer-at" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="answer-submit">
            {t.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
