import { App, Button, Col, Flex, Form, Input, InputNumber, Row, Select, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useAuth } from '../../../../platform/auth/useAuth';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { petitionFieldLabels, petitionFields } from '@contracts/petitions';
import { refusalReasons, visitNatures, visitOutcomes, type Session, type Visit } from '@contracts/reception';
import { receptionApi } from '../../api/receptionApi';
import { foldedSearch } from '../../receptionText';
import { CitizenRows } from './CitizenRows';
import { SessionPicker } from './SessionPicker';
import { newVisitValues, REGULAR, toVisit, type VisitValues } from './visitForm';

type Props = { unitId: string; sessions: Session[]; onRecorded: (visit: Visit) => void };

/**
 * The desk's entry, made for the keyboard: Tab from field to field, type a few letters in a picker
 * (no diacritics needed) and Enter to choose, Enter anywhere else writes the entry into the log and
 * brings the focus back to the first citizen's name for the next one. Shift+Enter breaks a line.
 */
export function VisitForm({ unitId, sessions, onRecorded }: Props) {
  const { m, locale } = useI18n();
  const t = m.reception.desk;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { me } = useAuth();
  const [form] = Form.useForm<VisitValues>();
  const [saving, setSaving] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const firstRef = useRef<InputRef>(null);
  const outcome = Form.useWatch('outcome', form);
  const nature = Form.useWatch('nature', form);
  const field = Form.useWatch('field', form);
  const reason = Form.useWatch('refusalReason', form);
  const required = { required: true, message: m.common.required };

  useEffect(() => {
    firstRef.current?.focus();
  }, [focusTick]);

  const onFinish = async (values: VisitValues) => {
    if (saving) return;
    setSaving(true);
    try {
      const visit = await receptionApi.record(toVisit(unitId, values, me?.fullName));
      void message.success(format(t.recorded, { entryNo: visit.entryNo, year: visit.year }));
      form.resetFields();
      form.setFieldsValue({ sessionId: values.sessionId ?? REGULAR });
      onRecorded(visit);
      setFocusTick((tick) => tick + 1);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setSaving(false);
    }
  };

  /** Enter writes the entry from the content box too; Shift+Enter (or an input method composing a letter) does not. */
  const submitOnEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    form.submit();
  };

  return (
    <Form<VisitValues>
      form={form}
      layout="vertical"
      initialValues={newVisitValues(REGULAR)}
      onFinish={(values) => void onFinish(values)}
      data-testid="visit-form"
    >
      <Form.Item name="sessionId" label={t.session} extra={t.sessionHint}>
        <SessionPicker sessions={sessions} />
      </Form.Item>
      <CitizenRows firstRef={firstRef} />
      <Row gutter={12}>
        <Col xs={24} sm={6} md={4}>
          <Form.Item name="peopleCount" label={t.peopleCount} rules={[required]}>
            <InputNumber<number> min={1} max={10_000} precision={0} style={{ width: '100%' }} data-testid="visit-people" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={18} md={20}>
          <Form.Item name="contentSummary" label={t.content} rules={[{ ...required, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} onKeyDown={submitOnEnter} data-testid="visit-content" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="nature" label={t.nature} rules={[required]}>
            <Select
              showSearch={foldedSearch}
              placeholder={t.typeToPick}
              options={visitNatures.map((value) => ({ value, label: m.reception.natures[value] }))}
              data-testid="visit-nature"
              data-value={nature ?? ''}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="field" label={t.field}>
            <Select
              allowClear
              showSearch={foldedSearch}
              placeholder={t.typeToPick}
              options={petitionFields.map((value) => ({ value, label: petitionFieldLabels[value][locale] }))}
              data-testid="visit-field"
              data-value={field ?? ''}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="outcome" label={t.outcome} rules={[required]}>
            <Select
              showSearch={foldedSearch}
              options={visitOutcomes.map((value) => ({ value, label: m.reception.outcomes[value] }))}
              data-testid="visit-outcome"
              data-value={outcome ?? ''}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {(outcome === 'guided' || outcome === 'transferred') && (
          <Col xs={24} md={12}>
            <Form.Item name="outcomeTo" label={t.outcomeTo} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={300} autoComplete="off" data-testid="visit-outcome-to" />
            </Form.Item>
          </Col>
        )}
        {outcome === 'refused' && (
          <Col xs={24} md={12}>
            <Form.Item name="refusalReason" label={t.refusalReason} rules={[required]}>
              <Select
                showSearch={foldedSearch}
                placeholder={t.typeToPick}
                options={refusalReasons.map((value) => ({ value, label: m.reception.refusalReasons[value] }))}
                popupMatchSelectWidth={false}
                data-testid="visit-refusal"
                data-value={reason ?? ''}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="documents" label={t.documents} extra={t.documentsHint}>
            <Select mode="tags" open={false} tokenSeparators={[';']} suffixIcon={null} data-testid="visit-documents" />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t.keyboardHint}
        </Typography.Text>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="visit-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}
