import { CloseCircleOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Form, InputNumber, Row, Select, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { proceduresApi } from '../../../procedures/api/proceduresApi';
import { processingTimeText } from '../../../procedures/procedureText';
import type { Delivery, IntakeResult } from '@contracts/dossiers';
import { dossiersApi, newIdempotencyKey } from '../../api/dossiersApi';
import { ApplicantFields } from './ApplicantFields';
import { DocumentChecklist } from './DocumentChecklist';
import { defaultDelivery, documentDefaults, enterMovesFocus, toIntakeRequest, type DocValue, type IntakeValues } from './intakeForm';
import { ProcedurePicker } from './ProcedurePicker';
import { ReceivingUnitField } from './ReceivingUnitField';
import { RefuseModal } from './RefuseModal';

export type PickedProcedure = { code: string; label: string };

type Props = {
  procedure: PickedProcedure | null;
  onProcedure: (procedure: PickedProcedure | null) => void;
  onDone: (result: IntakeResult) => void;
};

/** The counter intake form: procedure, receiving unit, applicant, checklist, delivery; Ctrl+Enter receives. */
export function IntakeForm({ procedure, onProcedure, onDone }: Props) {
  const { m, locale } = useI18n();
  const t = m.dossiers.intake;
  const handleProblem = useProblemHandler();
  const { current } = useUnitScope();
  const [form] = Form.useForm<IntakeValues>();
  const nameRef = useRef<InputRef>(null);
  const idempotencyKey = useRef(newIdempotencyKey());
  const busyRef = useRef(false);
  const [busy, setBusy] = useState(false);
  const [refusing, setRefusing] = useState(false);
  const [tried, setTried] = useState(false);
  const code = procedure?.code ?? null;
  const detail = useApiQuery(code, (signal) => proceduresApi.get(code ?? '', signal));
  const rules = detail.data && detail.data.code === code ? detail.data.procedure : undefined;
  const documents = rules?.documents ?? [];
  const deliveryOptions = (rules?.deliveryOptions ?? []) as Delivery[];
  const docs = (Form.useWatch('docs', form) as DocValue[] | undefined) ?? [];
  const missing = documents.filter((document, index) => document.isRequired && !docs[index]?.checked).length;

  useEffect(() => {
    if (!rules) return;
    form.setFieldsValue({ docs: documentDefaults(rules.documents), delivery: defaultDelivery(rules.deliveryOptions as Delivery[]) });
  }, [rules, form]);

  // The same procedure again ("another dossier"): the applicant's name comes first.
  const startsWithProcedure = useRef(procedure !== null);
  useEffect(() => {
    if (startsWithProcedure.current) nameRef.current?.focus();
  }, []);

  const workingUnitId = current?.id ?? null;
  useEffect(() => {
    if (workingUnitId) form.setFieldValue('receivingUnitId', workingUnitId);
  }, [workingUnitId, form]);

  const submit = async (values: IntakeValues, refusalReason?: string) => {
    if (!code) {
      setTried(true);
      setRefusing(false);
      return;
    }
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    const { body, fieldMap } = toIntakeRequest(values, code, refusalReason);
    try {
      const result = await dossiersApi.intake(body, idempotencyKey.current);
      onDone(result);
    } catch (error) {
      setRefusing(false);
      handleProblem(error, { form, fieldMap });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const refuse = async (reason: string) => {
    try {
      await submit(await form.validateFields(), reason);
    } catch {
      setRefusing(false);
    }
  };

  return (
    <Card title={t.title}>
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{ receivingUnitId: workingUnitId ?? undefined, applicant: { kind: 'person' }, docs: [], setCount: 1 }}
        onFinish={(values) => void submit(values)}
        onFinishFailed={() => setTried(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            form.submit();
            return;
          }
          enterMovesFocus(event);
        }}
      >
        <Row gutter={24}>
          <Col xs={24} xl={13}>
            <Form.Item
              label={t.procedure}
              required
              {...(tried && !code ? { validateStatus: 'error' as const, help: t.procedureRequired } : {})}
            >
              <ProcedurePicker
                value={procedure?.code}
                label={rules ? `${procedure?.code ?? ''} · ${rules.name}` : procedure?.label}
                autoFocus={!procedure}
                onChange={(next, label) => {
                  onProcedure(next ? { code: next, label: label ?? next } : null);
                  if (next) nameRef.current?.focus();
                }}
              />
              {rules && (
                <Typography.Text type="secondary">
                  {m.procedures.fields.processingTime}: {processingTimeText(rules.processingTime, m, locale)}
                </Typography.Text>
              )}
            </Form.Item>
            <ReceivingUnitField />
            <Typography.Title level={5}>{t.applicantSection}</Typography.Title>
            <ApplicantFields nameRef={nameRef} />
          </Col>
          <Col xs={24} xl={11}>
            {!code ? (
              <Empty description={t.procedureHint} image={<InboxOutlined style={{ fontSize: 48 }} />} />
            ) : !rules ? (
              <Spin spinning>
                <div style={{ minHeight: 160 }} />
              </Spin>
            ) : (
              <>
                <DocumentChecklist documents={documents} />
                <Flex gap={16} wrap style={{ marginTop: 16 }}>
                  <Form.Item name="setCount" label={t.setCount} rules={[{ required: true, message: m.common.required }]}>
                    <InputNumber min={1} max={50} precision={0} data-testid="intake-set-count" />
                  </Form.Item>
                  <Form.Item
                    name="delivery"
                    label={t.delivery}
                    rules={[{ required: true, message: m.common.required }]}
                    style={{ flex: 1 }}
                  >
                    <Select
                      data-testid="intake-delivery"
                      options={deliveryOptions.map((option) => ({ value: option, label: m.procedures.deliveryOptions[option] ?? option }))}
                    />
                  </Form.Item>
                </Flex>
              </>
            )}
          </Col>
        </Row>
        {rules && missing > 0 && (
          <Alert
            type="warning"
            showIcon
            title={format(t.missingWarning, { count: missing })}
            style={{ marginBottom: 16 }}
            data-testid="intake-missing"
          />
        )}
        <Flex gap={8} justify="end" wrap>
          <Button danger icon={<CloseCircleOutlined />} disabled={busy} onClick={() => setRefusing(true)} data-testid="intake-refuse">
            {t.refuse}
          </Button>
          <Button type="primary" size="large" htmlType="submit" loading={busy} title={t.submitHint} data-testid="intake-submit">
            {t.submit} <Typography.Text style={{ color: 'inherit', opacity: 0.7, fontSize: 12 }}>({t.submitHint})</Typography.Text>
          </Button>
        </Flex>
      </Form>
      <RefuseModal open={refusing} busy={busy} onCancel={() => setRefusing(false)} onRefuse={(reason) => void refuse(reason)} />
    </Card>
  );
}
