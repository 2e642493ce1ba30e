import { App, Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { disclosureChannels } from '@contracts/disclosures';
import { consultationSubjects } from '@contracts/supervision';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch, optionalText } from '../../../reception/receptionText';
import { supervisionApi, type ConsultationBody, type ConsultationView } from '../../api/supervisionApi';
import { useCommunityText } from '../../communityText';
import type { RunPlain } from '../../hooks/useCommand';
import { useCommunes } from '../../hooks/useCommunes';

type OpenValues = Partial<ConsultationBody>;
type AnswerValues = { feedbackCount?: number; feedbackSummary?: string; answer?: string; answeredOn?: string };

/** A matter put to residents before the commune decides (art. 25): subject, title, the days it is open, the channels. */
export function OpenConsultationModal({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: () => void }) {
  const text = useCommunityText();
  const t = text.supervision;
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { communes, firstId } = useCommunes();
  const [form] = Form.useForm<OpenValues>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: OpenValues) => {
    setBusy(true);
    try {
      await supervisionApi.openConsultation({
        unitId: values.unitId ?? '',
        subject: values.subject ?? 'other',
        title: optionalText(values.title) ?? '',
        openedOn: values.openedOn ?? todayInVietnam(),
        closesOn: values.closesOn ?? todayInVietnam(),
        channels: values.channels ?? [],
      });
      void message.success(t.opened);
      onOpened();
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.open} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<OpenValues>
        form={form}
        layout="vertical"
        initialValues={{ unitId: firstId, openedOn: todayInVietnam(), channels: ['posting'] }}
        onFinish={(values) => void onFinish(values)}
        data-testid="consultation-form"
      >
        <Form.Item name="unitId" label={t.commune} rules={[required]}>
          <Select showSearch={foldedSearch} options={communes} />
        </Form.Item>
        <Form.Item name="subject" label={t.subject} rules={[required]}>
          <Select options={consultationSubjects.map((value) => ({ value, label: t.subjects[value] }))} data-testid="consultation-subject" />
        </Form.Item>
        <Form.Item name="title" label={t.consultationTitle} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} data-testid="consultation-title" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="openedOn" label={t.openedOn} rules={[required]} style={{ flex: '1 1 150px' }}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="closesOn" label={t.closesOn} rules={[required]} style={{ flex: '1 1 150px' }}>
            <Input type="date" data-testid="consultation-closes" />
          </Form.Item>
        </Flex>
        <Form.Item name="channels" label={t.channels} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Select mode="multiple" options={disclosureChannels.map((value) => ({ value, label: text.disclosures.channelKinds[value] }))} />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="consultation-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

/** The feedback residents gave and the commune's answer, sent with the version shown. */
export function AnswerModal({ made, run, onClose }: { made: ConsultationView | null; run: RunPlain; onClose: () => void }) {
  const text = useCommunityText();
  const t = text.supervision;
  const { m } = useI18n();
  const [form] = Form.useForm<AnswerValues>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, whitespace: true, message: m.common.required };

  const onFinish = async (values: AnswerValues) => {
    if (!made) return;
    setBusy(true);
    const body = {
      feedbackCount: values.feedbackCount ?? 0,
      feedbackSummary: optionalText(values.feedbackSummary) ?? '',
      answer: optionalText(values.answer) ?? '',
      answeredOn: values.answeredOn ?? todayInVietnam(),
    };
    const outcome = await run(() => supervisionApi.answer(made, body), t.answered, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Modal open={made !== null} title={`${t.answer}: ${made?.title ?? ''}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<AnswerValues>
        form={form}
        layout="vertical"
        initialValues={{ answeredOn: todayInVietnam() }}
        onFinish={(values) => void onFinish(values)}
        data-testid="answer-form"
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="feedbackCount"
            label={t.feedbackCount}
            rules={[{ required: true, message: m.common.required }]}
            style={{ flex: '1 1 120px' }}
          >
            <InputNumber min={0} style={{ width: '100%' }} data-testid="answer-count" />
          </Form.Item>
          <Form.Item name="answeredOn" label={t.answeredOn} rules={[required]} style={{ flex: '1 1 150px' }}>
            <Input type="date" />
          </Form.Item>
        </Flex>
        <Form.Item name="feedbackSummary" label={t.feedbackSummary} rules={[required]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="answer-summary" />
        </Form.Item>
        <Form.Item name="answer" label={t.answerText} rules={[required]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="answer-text" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="answer-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
