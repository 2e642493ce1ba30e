import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import { modelsApi, type ContestView } from '../../api/modelsApi';
import { useCommunityText } from '../../communityText';

type Values = { title?: string; organiser?: string; rules?: string; opensOn?: string; closesOn?: string };
type Props = { open: boolean; unitId: string; onClose: () => void; onCreated: (contest: ContestView) => void };

/** A contest announced: its organiser, rules and the days entries are taken in. */
export function CreateContestModal({ open, unitId, onClose, onCreated }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, whitespace: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const rules = optionalText(values.rules);
      const contest = await modelsApi.createContest({
        unitId,
        title: values.title?.trim() ?? '',
        organiser: values.organiser?.trim() ?? '',
        opensOn: values.opensOn ?? '',
        closesOn: values.closesOn ?? '',
        ...(rules ? { rules } : {}),
      });
      void message.success(t.contests.created);
      onCreated(contest);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.contests.create} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.contests.hint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ opensOn: todayInVietnam() }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="title" label={t.contests.contestTitle} rules={[required]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="organiser" label={t.contests.organiser} rules={[required]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="rules" label={t.contests.rules}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="opensOn" label={t.contests.opensOn} rules={[required]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="closesOn" label={t.contests.closesOn} rules={[required]}>
            <Input type="date" />
          </Form.Item>
        </Flex>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t.contests.create}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
