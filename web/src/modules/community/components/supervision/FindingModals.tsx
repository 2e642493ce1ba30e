import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { supervisionBoards } from '@contracts/supervision';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch, optionalText } from '../../../reception/receptionText';
import { supervisionApi, type FindingBody, type FindingView } from '../../api/supervisionApi';
import { useCommunityText } from '../../communityText';
import type { RunPlain } from '../../hooks/useCommand';
import { useCommunes } from '../../hooks/useCommunes';

export type FindingStepKind = 'respond' | 'close';
type Values = Partial<FindingBody>;
type StepValues = { on?: string; note?: string };

/** A finding of the People's Inspection Board or the Community Investment Supervision Board and its recommendation. */
export function RecordFindingModal({ open, onClose, onRecorded }: { open: boolean; onClose: () => void; onRecorded: () => void }) {
  const text = useCommunityText();
  const t = text.supervision;
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { communes, firstId } = useCommunes();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, whitespace: true, message: m.common.required };
  const area = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} rules={[required]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid={`finding-${name}`} />
    </Form.Item>
  );
  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      await supervisionApi.recordFinding({
        unitId: values.unitId ?? '',
        board: values.board ?? 'people_inspection',
        subject: optionalText(values.subject) ?? '',
        finding: optionalText(values.finding) ?? '',
        recommendation: optionalText(values.recommendation) ?? '',
        addressedTo: optionalText(values.addressedTo) ?? '',
        foundOn: values.foundOn ?? todayInVietnam(),
      });
      void message.success(t.findingRecorded);
      onRecorded();
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t.recordFinding} onCancel={onClose} footer={null} destroyOnHidden width={620}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ unitId: firstId, board: 'people_inspection', foundOn: todayInVietnam() }}
        onFinish={(values) => void onFinish(values)}
        data-testid="finding-form"
      >
        <Flex gap={12} wrap>
          <Form.Item name="unitId" label={t.commune} rules={[required]} style={{ flex: '1 1 220px' }}>
            <Select showSearch={foldedSearch} options={communes} />
          </Form.Item>
          <Form.Item name="board" label={t.board} rules={[required]} style={{ flex: '1 1 220px' }}>
            <Select options={supervisionBoards.map((value) => ({ value, label: t.boards[value] }))} data-testid="finding-board" />
          </Form.Item>
        </Flex>
        <Form.Item name="subject" label={t.findingSubject} rules={[required]}>
          <Input maxLength={500} data-testid="finding-subject" />
        </Form.Item>
        {area('finding', t.finding)}
        {area('recommendation', t.recommendation)}
        <Flex gap={12} wrap>
          <Form.Item name="addressedTo" label={t.addressedTo} rules={[required]} style={{ flex: '2 1 220px' }}>
            <Input maxLength={300} data-testid="finding-addressed" />
          </Form.Item>
          <Form.Item name="foundOn" label={t.foundOn} rules={[required]} style={{ flex: '1 1 150px' }}>
            <Input type="date" />
          </Form.Item>
        </Flex>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="finding-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

type StepProps = { step: { kind: FindingStepKind; made: FindingView } | null; run: RunPlain; onClose: () => void };

/** The response of the body concerned, or the board closing its follow-up; sent with the version shown. */
export function FindingStepModal({ step, run, onClose }: StepProps) {
  const text = useCommunityText();
  const t = text.supervision;
  const { m } = useI18n();
  const [form] = Form.useForm<StepValues>();
  const [busy, setBusy] = useState(false);
  const onFinish = async (values: StepValues) => {
    if (!step) return;
    setBusy(true);
    const on = values.on ?? todayInVietnam();
    const note = optionalText(values.note) ?? '';
    const body = step.kind === 'respond' ? { step: 'respond' as const, on, response: note } : { step: 'close' as const, on, note };
    const outcome = await run(() => supervisionApi.step(step.made, body), t.stepDone, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };
  return (
    <Modal open={step !== null} title={step ? t.steps[step.kind] : ''} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<StepValues>
        form={form}
        layout="vertical"
        initialValues={{ on: todayInVietnam() }}
        onFinish={(values) => void onFinish(values)}
        data-testid="finding-step-form"
      >
        <Form.Item name="on" label={text.common.on} rules={[{ required: true, message: m.common.required }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="note"
          label={step?.kind === 'respond' ? t.response : t.closingNote}
          rules={[{ required: true, whitespace: true, message: m.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={step?.kind === 'respond' ? 4000 : 2000}
            data-testid="finding-step-note"
          />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="finding-step-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
