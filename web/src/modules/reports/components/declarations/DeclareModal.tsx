import { declarationKinds, type Declaration } from '@contracts/report-runs';
import { App, Button, Col, Flex, Form, Input, InputNumber, Modal, Row, Segmented, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { newIdempotencyKey } from '../../../dossiers/api/dossiersApi';
import { foldedSearch, optionalText } from '../../../reception/receptionText';
import { reportsApi } from '../../api/reportsApi';
import type { FigureRegistry } from '../../hooks/useFigureRegistry';
import type { Period } from '../../reportFormat';
import { useReportsText } from '../../reportsText';

type Kind = (typeof declarationKinds)[number];
type Values = {
  kind: Kind;
  label?: string;
  figureId?: string;
  value?: number | null;
  denominator?: number | null;
  unitWord?: string;
  from: string;
  to: string;
  source?: string;
};
type Props = {
  open: boolean;
  unitId: string;
  period: Period;
  registry: FigureRegistry;
  onClose: () => void;
  onDeclared: (made: Declaration) => void;
};

/**
 * A figure the unit declares: a programme indicator (its name, value, out of what, unit of measure)
 * or an opening balance of a registry figure, for a period; kept apart from the counted figures.
 */
export function DeclareModal({ open, unitId, period, registry, onClose, onDeclared }: Props) {
  const t = useReportsText();
  const d = t.declarations;
  const { m, locale } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const kind = Form.useWatch('kind', form) ?? 'indicator';
  const required = { required: true, message: m.common.required };
  // Only counts take an opening balance: a rate or a total is computed from them.
  const figures = registry.definitions
    .filter((definition) => definition.kind === 'count')
    .map((definition) => ({ value: definition.id, label: locale === 'en' ? definition.labelEn : definition.labelVi }));

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const isIndicator = values.kind === 'indicator';
      const label = optionalText(values.label);
      const unitWord = optionalText(values.unitWord);
      const source = optionalText(values.source);
      const made = await reportsApi.declare(
        {
          unitId,
          kind: values.kind,
          ...(isIndicator ? {} : { figureId: values.figureId }),
          ...(isIndicator && label ? { label } : {}),
          value: values.value ?? 0,
          ...(isIndicator && values.denominator != null ? { denominator: values.denominator } : {}),
          ...(isIndicator && unitWord ? { unitWord } : {}),
          from: values.from,
          to: values.to,
          ...(source ? { source } : {}),
        },
        idempotencyKey.current,
      );
      idempotencyKey.current = newIdempotencyKey();
      void message.success(d.added);
      form.resetFields();
      onDeclared(made);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={d.add} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'indicator', from: period.from, to: period.to }}
        onFinish={(values) => void onFinish(values)}
        data-testid="declare-form"
      >
        <Form.Item name="kind" label={d.kind} extra={d.kindHints[kind]}>
          <Segmented<Kind> options={declarationKinds.map((value) => ({ value, label: d.kinds[value] }))} data-testid="declare-kind" />
        </Form.Item>
        {kind === 'indicator' ? (
          <Form.Item name="label" label={d.label} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={300} data-testid="declare-label" />
          </Form.Item>
        ) : (
          <Form.Item name="figureId" label={d.figure} rules={[required]}>
            <Select showSearch={foldedSearch} options={figures} loading={registry.loading} data-testid="declare-figure" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={kind === 'indicator' ? 8 : 24}>
            <Form.Item name="value" label={d.value} rules={[required]}>
              <InputNumber min={0} max={1e12} style={{ width: '100%' }} data-testid="declare-value" />
            </Form.Item>
          </Col>
          {kind === 'indicator' && (
            <>
              <Col xs={12} sm={8}>
                <Form.Item name="denominator" label={d.denominator}>
                  <InputNumber min={0} max={1e12} style={{ width: '100%' }} data-testid="declare-denominator" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item name="unitWord" label={d.unitWord}>
                  <Input maxLength={40} placeholder={d.unitWordPlaceholder} data-testid="declare-unit-word" />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        <Typography.Text strong>{d.period}</Typography.Text>
        <Row gutter={12} style={{ marginTop: 8 }}>
          <Col xs={12}>
            <Form.Item name="from" label={t.common.from} rules={[required]}>
              <Input type="date" data-testid="declare-from" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="to" label={t.common.to} rules={[required]}>
              <Input type="date" data-testid="declare-to" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="source" label={d.source}>
          <Input maxLength={500} data-testid="declare-source" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="declare-submit">
            {d.add}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
