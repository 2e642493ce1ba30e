import { App, Button, Col, Flex, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { legalAidRefusalReasons } from '@contracts/legal-aid';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { newIdempotencyKey } from '../../../dossiers/api/dossiersApi';
import { optionalText } from '../../../reception/receptionText';
import { legalAidApi, type RefusalReason, type RefusalView } from '../../api/legalAidApi';
import { useCommunityText } from '../../communityText';

type Values = { fullName?: string; address?: string; summary?: string; reason?: RefusalReason; explanation?: string };
type Props = { open: boolean; unitId: string; onClose: () => void; onRefused: (made: RefusalView) => void };

/** A legal-aid request answered at once with a refusal: who asked, what, the reason and what the person was told. */
export function RefuseLegalAidModal({ open, unitId, onClose, onRefused }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const address = optionalText(values.address);
      const made = await legalAidApi.refuse(
        {
          unitId,
          requester: { fullName: values.fullName?.trim() ?? '', ...(address ? { address } : {}) },
          summary: values.summary?.trim() ?? '',
          reason: values.reason ?? 'not_eligible',
          explanation: values.explanation?.trim() ?? '',
        },
        idempotencyKey.current,
      );
      idempotencyKey.current = newIdempotencyKey();
      void message.success(t.legalAid.refused);
      onRefused(made);
    } catch (error) {
      handleProblem(error, { form, fieldMap: { 'requester.fullName': 'fullName', 'requester.address': 'address' } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.legalAid.refuse} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.legalAid.refuseHint}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} data-testid="legal-aid-refusal-form">
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="fullName" label={t.legalAid.refusalRequesterName} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} autoComplete="off" data-testid="refusal-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t.legalAid.requesterAddress}>
              <Input maxLength={500} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t.legalAid.summary} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="refusal-summary" />
        </Form.Item>
        <Form.Item name="reason" label={t.legalAid.refusalReason} rules={[required]}>
          <Select
            options={legalAidRefusalReasons.map((value) => ({ value, label: t.legalAid.refusalReasons[value] }))}
            data-testid="refusal-reason"
          />
        </Form.Item>
        <Form.Item
          name="explanation"
          label={t.legalAid.explanation}
          extra={t.legalAid.explanationHint}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid="refusal-explanation" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" danger htmlType="submit" loading={busy} data-testid="refusal-submit">
            {t.legalAid.refuse}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
