import { App, Button, Checkbox, Col, Flex, Form, Input, Modal, Row, Select } from 'antd';
import { useRef, useState } from 'react';
import { legalAidForms, legalAidGroups } from '@contracts/legal-aid';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { newIdempotencyKey } from '../../../dossiers/api/dossiersApi';
import { foldedSearch, optionalText } from '../../../reception/receptionText';
import { legalAidApi, type ImmediateGround, type LegalAidBody, type LegalAidView } from '../../api/legalAidApi';
import { useCommunityText } from '../../communityText';

type Values = {
  fullName?: string;
  address?: string;
  group?: (typeof legalAidGroups)[number];
  proofDocuments?: string[];
  form?: (typeof legalAidForms)[number];
  field?: string;
  summary?: string;
  isDifficultArea?: boolean;
  isDetained?: boolean;
  immediate?: ImmediateGround | 'none';
  deadlineOn?: string;
};

const immediateGrounds: ImmediateGround[] = ['deadline_near', 'court_appointed', 'prevent_harm'];

/** Why the request is accepted at once, its papers to follow: a near deadline carries its day. */
function immediateOf(values: Values): LegalAidBody['immediate'] {
  switch (values.immediate) {
    case 'deadline_near':
      return { ground: 'deadline_near', deadlineOn: values.deadlineOn ?? '' };
    case 'court_appointed':
    case 'prevent_harm':
      return { ground: values.immediate };
    default:
      return undefined;
  }
}

type Props = { open: boolean; unitId: string; onClose: () => void; onAccepted: (made: LegalAidView) => void };

/** A legal-aid request accepted at once: who, which group, the papers brought, the form and what is asked. */
export function AcceptLegalAidModal({ open, unitId, onClose, onAccepted }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const immediate = Form.useWatch('immediate', form);
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const address = optionalText(values.address);
      const urgent = immediateOf(values);
      const made = await legalAidApi.accept(
        {
          unitId,
          requester: { fullName: values.fullName?.trim() ?? '', ...(address ? { address } : {}) },
          group: values.group ?? 'other_by_law',
          proofDocuments: (values.proofDocuments ?? []).map((paper) => paper.trim()).filter((paper) => paper.length > 0),
          form: values.form ?? 'advice',
          field: values.field?.trim() ?? '',
          summary: values.summary?.trim() ?? '',
          isDifficultArea: values.isDifficultArea ?? false,
          isDetained: values.isDetained ?? false,
          ...(urgent ? { immediate: urgent } : {}),
        },
        idempotencyKey.current,
      );
      idempotencyKey.current = newIdempotencyKey();
      void message.success(format(t.legalAid.accepted, { code: made.code }));
      onAccepted(made);
    } catch (error) {
      const problem = handleProblem(error, {
        form,
        fieldMap: { 'requester.fullName': 'fullName', 'requester.address': 'address', 'immediate.deadlineOn': 'deadlineOn' },
      });
      // The deadline is not under 5 working days away: the date is what to change.
      if (problem?.code === 'NOT_URGENT') form.setFields([{ name: 'deadlineOn', errors: [problem.title] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.legalAid.accept} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ form: 'advice', proofDocuments: [], isDifficultArea: false, isDetained: false, immediate: 'none' }}
        onFinish={(values) => void onFinish(values)}
        data-testid="legal-aid-form"
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="fullName" label={t.legalAid.requesterName} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} autoComplete="off" data-testid="legal-aid-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t.legalAid.requesterAddress}>
              <Input maxLength={500} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="group" label={t.legalAid.group} rules={[required]}>
              <Select
                showSearch={foldedSearch}
                options={legalAidGroups.map((value) => ({ value, label: t.legalAid.groups[value] }))}
                data-testid="legal-aid-group"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="form" label={t.legalAid.form} rules={[required]}>
              <Select options={legalAidForms.map((value) => ({ value, label: t.legalAid.forms[value] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="proofDocuments" label={t.legalAid.proofDocuments} extra={t.legalAid.proofHint}>
          <Select mode="tags" open={false} tokenSeparators={[';']} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="field" label={t.legalAid.field} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} data-testid="legal-aid-field" />
        </Form.Item>
        <Form.Item name="summary" label={t.legalAid.summary} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="legal-aid-summary" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="immediate" label={t.legalAid.immediate} extra={t.legalAid.immediateHint}>
              <Select
                options={[
                  { value: 'none', label: t.legalAid.immediateNone },
                  ...immediateGrounds.map((value) => ({ value, label: t.legalAid.immediateGrounds[value] })),
                ]}
                data-testid="legal-aid-immediate"
              />
            </Form.Item>
          </Col>
          {immediate === 'deadline_near' && (
            <Col xs={24} md={10}>
              <Form.Item name="deadlineOn" label={t.legalAid.deadlineOn} rules={[required]}>
                <Input type="date" data-testid="legal-aid-deadline-on" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item name="isDifficultArea" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{t.legalAid.isDifficultArea}</Checkbox>
        </Form.Item>
        <Form.Item name="isDetained" valuePropName="checked">
          <Checkbox>{t.legalAid.isDetained}</Checkbox>
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="legal-aid-submit">
            {t.legalAid.accept}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
