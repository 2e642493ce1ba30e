import { App, Button, Col, Flex, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { dialogueKinds, type Dialogue } from '@contracts/dialogues';
import { hostBodies, receptionForms } from '@contracts/reception';
import { dialoguesApi } from '../../api/dialoguesApi';
import { foldedSearch } from '../../receptionText';
import { PetitionPicker } from './PetitionPicker';
import { toDialogue, type PlanDialogueValues } from './dialogueForms';

type Props = { open: boolean; unitId: string; onClose: () => void; onPlanned: (dialogue: Dialogue) => void };

/** Plans a dialogue: its kind, host (with the Fatherland Front for the annual conference), time, place and the written invitation. */
export function PlanDialogueModal({ open, unitId, onClose, onPlanned }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={open} title={m.dialogues.plan.title} onCancel={onClose} footer={null} destroyOnHidden width={720}>
      {open && <PlanForm unitId={unitId} onClose={onClose} onPlanned={onPlanned} />}
    </Modal>
  );
}

function PlanForm({ unitId, onClose, onPlanned }: Omit<Props, 'open'>) {
  const { m } = useI18n();
  const t = m.dialogues.plan;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<PlanDialogueValues>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form);
  const hostBody = Form.useWatch('hostBody', form);
  const required = { required: true, whitespace: true, message: m.common.required };

  const onFinish = async (values: PlanDialogueValues) => {
    setBusy(true);
    try {
      const dialogue = await dialoguesApi.plan(toDialogue(unitId, values));
      void message.success(t.done);
      onPlanned(dialogue);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<PlanDialogueValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'thematic', hostBody: 'peoples_committee', form: 'direct' }}
      onFinish={(values) => void onFinish(values)}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t.kind} rules={[required]}>
            <Select
              showSearch={foldedSearch}
              options={dialogueKinds.map((value) => ({ value, label: m.dialogues.kinds[value] }))}
              data-testid="dialogue-kind"
              data-value={kind ?? ''}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="hostBody" label={t.hostBody} rules={[required]}>
            <Select
              showSearch={foldedSearch}
              options={hostBodies.map((value) => ({ value, label: m.reception.hostBodies[value] }))}
              data-testid="dialogue-host-body"
              data-value={hostBody ?? ''}
            />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'complaint_case' && (
        <Form.Item name="petitionId" label={t.petition} rules={[{ required: true, message: t.petitionRequired }]}>
          <PetitionPicker unitId={unitId} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t.dialogueTitle} rules={[required]}>
        <Input maxLength={500} data-testid="dialogue-title" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="hostName" label={t.hostName} rules={[required]}>
            <Input maxLength={200} data-testid="dialogue-host-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="coHost" label={t.coHost} extra={t.coHostHint} rules={kind === 'annual_conference' ? [required] : []}>
            <Input maxLength={200} data-testid="dialogue-co-host" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="plannedAt" label={t.plannedAt} rules={[{ required: true, message: m.common.required }]}>
            <Input type="datetime-local" data-testid="dialogue-planned-at" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="form" label={t.form}>
            <Radio.Group options={receptionForms.map((value) => ({ value, label: m.reception.forms[value] }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="place" label={t.place} rules={[required]}>
        <Input maxLength={300} data-testid="dialogue-place" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="invitationRef" label={t.invitationRef}>
            <Input maxLength={100} data-testid="dialogue-invitation-ref" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="invitationSentAt" label={t.invitationSentAt}>
            <Input type="datetime-local" data-testid="dialogue-invitation-sent" />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="dialogue-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}
