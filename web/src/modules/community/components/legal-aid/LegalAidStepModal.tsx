import { Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { nowInVietnam, vietnamLocalToIso } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import { legalAidApi, type LegalAidStepBody, type LegalAidView } from '../../api/legalAidApi';
import { useCommunityText } from '../../communityText';
import type { RunCommand } from '../../hooks/useVersionedRecord';

export type LegalAidStepKind = LegalAidStepBody['step'];
type Role = 'lawyer' | 'legal_aid_officer' | 'collaborator';
type Reason = 'proof_missing' | 'withdrawn' | 'not_eligible' | 'other';
type Values = {
  at?: string;
  documents?: string[];
  assignee?: string;
  role?: Role;
  qualityScore?: number | null;
  reason?: Reason;
  noticeRef?: string;
};
type Props = { made: LegalAidView; step: LegalAidStepKind | null; run: RunCommand<LegalAidView>; onClose: () => void };

function bodyOf(step: LegalAidStepKind, values: Values): LegalAidStepBody {
  const at = vietnamLocalToIso(values.at ?? nowInVietnam());
  switch (step) {
    case 'proof_received':
      return { step, at, documents: (values.documents ?? []).map((paper) => paper.trim()).filter((paper) => paper.length > 0) };
    case 'assigned':
      return { step, at, assignee: optionalText(values.assignee) ?? '', role: values.role ?? 'legal_aid_officer' };
    case 'completed':
      return { step, at, qualityScore: values.qualityScore ?? 0 };
    case 'stopped':
      return { step, at, reason: values.reason ?? 'other', noticeRef: optionalText(values.noticeRef) ?? '' };
  }
}

/** One step of a legal-aid case, sent with the version shown. */
export function LegalAidStepModal({ made, step, run, onClose }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    if (!step) return;
    setBusy(true);
    const outcome = await run((version) => legalAidApi.step(made.id, version, bodyOf(step, values)), t.legalAid.stepDone, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Modal open={step !== null} title={step ? t.legalAid.stepActions[step] : ''} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ at: nowInVietnam(), role: 'legal_aid_officer', documents: [] }}
        onFinish={(values) => void onFinish(values)}
        data-testid="legal-aid-step-form"
      >
        <Form.Item name="at" label={t.common.at} rules={[required]}>
          <Input type="datetime-local" />
        </Form.Item>
        {step === 'proof_received' && (
          <Form.Item name="documents" label={t.legalAid.documents} extra={t.legalAid.proofHint} rules={[required]}>
            <Select mode="tags" open={false} tokenSeparators={[';']} suffixIcon={null} />
          </Form.Item>
        )}
        {step === 'assigned' && (
          <>
            <Form.Item name="assignee" label={t.legalAid.assignee} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="role" label={t.legalAid.role} rules={[required]}>
              <Select
                options={(['lawyer', 'legal_aid_officer', 'collaborator'] as const).map((value) => ({
                  value,
                  label: t.legalAid.roles[value],
                }))}
              />
            </Form.Item>
          </>
        )}
        {step === 'completed' && (
          <Form.Item name="qualityScore" label={t.legalAid.qualityScore} rules={[required]}>
            <InputNumber<number> min={0} max={100} precision={0} style={{ width: 140 }} />
          </Form.Item>
        )}
        {step === 'stopped' && (
          <>
            <Form.Item name="reason" label={t.legalAid.stopReason} rules={[required]}>
              <Select
                options={(['proof_missing', 'withdrawn', 'not_eligible', 'other'] as const).map((value) => ({
                  value,
                  label: t.legalAid.stopReasons[value],
                }))}
              />
            </Form.Item>
            <Form.Item name="noticeRef" label={t.legalAid.noticeRef} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" danger={step === 'stopped'} htmlType="submit" loading={busy} data-testid="legal-aid-step-submit">
            {t.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
