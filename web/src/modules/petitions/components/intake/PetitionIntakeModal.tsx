import { App, Button, Col, Flex, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { ScopeOption } from '../../../../platform/scope/unitScopeContext';
import { petitionChannels, petitionKinds, type Petition } from '@contracts/petitions';
import { UnitSelect } from '../../../units/components/UnitSelect';
import { petitionsApi } from '../../api/petitionsApi';
import { PetitionerFields } from './PetitionerFields';
import { toIntake, type IntakeValues } from './intakeForm';

type Props = {
  open: boolean;
  /** The working unit, offered as the receiving unit. */
  unit: ScopeOption | null;
  onClose: () => void;
  onRecorded: (petition: Petition) => void;
};

/** Records a petition in the unit's book, whatever the channel; the server's field errors show on the fields. */
export function PetitionIntakeModal({ open, unit, onClose, onRecorded }: Props) {
  const { m } = useI18n();
  const t = m.petitions.intake;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<IntakeValues>();
  const [saving, setSaving] = useState(false);
  const channel = Form.useWatch('channel', form);
  const isAnonymous = Form.useWatch('isAnonymous', form);
  const kind = Form.useWatch('kind', form);
  const hasRespondent = kind === 'complaint' || kind === 'denunciation' || kind === 'mixed';
  const initialUnit = unit?.id ? { id: unit.id, code: unit.code, name: unit.name } : null;
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: IntakeValues) => {
    setSaving(true);
    try {
      const petition = await petitionsApi.record(toIntake(values));
      void message.success(format(t.recorded, { bookNo: petition.bookNo, year: petition.year }));
      form.resetFields();
      onRecorded(petition);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t.title} onCancel={onClose} footer={null} destroyOnHidden width={720}>
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        initialValues={{ unitId: initialUnit?.id, channel: 'reception', kind: 'complaint', signerCount: 1, isAnonymous: false }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="unitId" label={t.unit} rules={[{ required: true, message: t.needsUnit }]}>
          <UnitSelect initial={initialUnit} data-testid="petition-unit" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="channel" label={t.channel} rules={[required]}>
              <Select
                data-testid="petition-channel"
                data-value={channel ?? ''}
                options={petitionChannels.map((value) => ({ value, label: m.petitions.channels[value] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t.kind} rules={[required]}>
              <Select data-testid="petition-kind" options={petitionKinds.map((value) => ({ value, label: m.petitions.kinds[value] }))} />
            </Form.Item>
          </Col>
        </Row>
        {channel === 'forwarded' && (
          <Row gutter={16}>
            <Col xs={24} sm={14}>
              <Form.Item name="forwardedBy" label={t.forwardedBy} rules={[{ ...required, whitespace: true }]}>
                <Input maxLength={300} data-testid="petition-forwarded-by" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="forwardLetterRef" label={t.forwardLetterRef}>
                <Input maxLength={100} data-testid="petition-forward-letter" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="contentSummary" label={t.content} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount data-testid="petition-content" />
        </Form.Item>
        {hasRespondent && (
          <Row gutter={16}>
            <Col xs={24} sm={kind === 'complaint' ? 14 : 24}>
              <Form.Item name="respondent" label={t.respondent}>
                <Input maxLength={300} data-testid="petition-respondent" />
              </Form.Item>
            </Col>
            {kind === 'complaint' && (
              <Col xs={24} sm={10}>
                <Form.Item name="decisionRef" label={t.decisionRef}>
                  <Input maxLength={100} data-testid="petition-decision-ref" />
                </Form.Item>
              </Col>
            )}
          </Row>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item name="receivedAt" label={t.receivedAt} extra={t.receivedAtHint}>
              <Input type="datetime-local" data-testid="petition-received-at" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="signerCount" label={t.signerCount}>
              <InputNumber<number> min={1} max={10_000} precision={0} style={{ width: '100%' }} data-testid="petition-signers" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="isAnonymous" label={t.anonymous} valuePropName="checked">
              <Switch data-testid="petition-anonymous" />
            </Form.Item>
          </Col>
        </Row>
        {!isAnonymous && <PetitionerFields />}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="petition-submit">
            {t.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
