import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { applyFieldErrors } from '../../../platform/api/fieldErrors';
import { isApiError } from '../../../platform/api/problem';
import { describeProblem, useProblemHandler } from '../../../platform/api/useProblemHandler';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { ProcedureDetail } from '@contracts/catalog';
import { proceduresApi } from '../api/proceduresApi';
import { toFormField, toFormValues, toSaveBody, type ProcedureFormValues } from '../procedureForm';
import { DeliverySection } from './form/DeliverySection';
import { DocumentsEditor } from './form/DocumentsEditor';
import { FeesEditor } from './form/FeesEditor';
import { GeneralSection } from './form/GeneralSection';
import { ProcessingSection } from './form/ProcessingSection';
import { PublishSection } from './form/PublishSection';
import { StepsEditor } from './form/StepsEditor';

type Props = {
  /** The procedure being edited (a new version is made), or null for a new procedure. */
  detail: ProcedureDetail | null;
  onReload: () => void;
};

/** Creates a procedure or a new version of one; the server's field errors land on the fields. */
export function ProcedureForm({ detail, onReload }: Props) {
  const { m } = useI18n();
  const p = m.procedures;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProcedureFormValues>();
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);
  const initialValues = useMemo(() => toFormValues(detail), [detail]);
  const backTo = detail ? `/procedures?code=${encodeURIComponent(detail.code)}` : '/procedures';

  const showProblem = (error: unknown) => {
    if (!isApiError(error) || !error.problem.errors?.length) {
      handleProblem(error);
      return;
    }
    const errors = error.problem.errors.map((entry) => ({ ...entry, field: toFormField(entry.field) }));
    const unmatched = applyFieldErrors(form, errors);
    void message.error({ content: describeProblem(error.problem, unmatched), duration: 8 });
    const first = errors.find((entry) => !unmatched.includes(entry));
    if (first)
      form.scrollToField(
        first.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        { block: 'center' },
      );
  };

  const save = async () => {
    const body = toSaveBody(form.getFieldsValue(true) as ProcedureFormValues);
    setSaving(true);
    try {
      const saved = detail ? await proceduresApi.revise(detail.code, detail.latestVersion, body) : await proceduresApi.create(body);
      void message.success(format(detail ? p.revised : p.created, { code: saved.code, version: saved.version }));
      void navigate(`/procedures?code=${encodeURIComponent(saved.code)}`);
    } catch (error) {
      if (isApiError(error) && error.status === 412) setStale(true);
      else showProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<ProcedureFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      scrollToFirstError={{ block: 'center' }}
      onFinish={() => void save()}
      onValuesChange={(changed: Partial<ProcedureFormValues>) => {
        if ('steps' in changed || 'processingTime' in changed) form.setFields([{ name: ['steps'], errors: [] }]);
      }}
      data-testid="procedure-form"
    >
      <Flex vertical gap={16}>
        <Card title={detail ? format(p.editTitle, { code: detail.code }) : p.createTitle}>
          {detail && <Alert type="info" showIcon title={p.editHint} style={{ marginBottom: 16 }} />}
          {stale && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={m.errors.staleTitle}
              description={m.errors.staleDetail}
              style={{ marginBottom: 16 }}
              action={<Button onClick={onReload}>{m.common.reload}</Button>}
            />
          )}
          <Typography.Title level={5}>{p.sections.general}</Typography.Title>
          <GeneralSection isEdit={detail !== null} />
        </Card>
        <Card title={p.sections.processing}>
          <ProcessingSection />
          <StepsEditor />
        </Card>
        <Card title={p.sections.documents}>
          <DocumentsEditor />
        </Card>
        <Card title={p.sections.fees}>
          <FeesEditor />
        </Card>
        <Card title={p.sections.delivery}>
          <DeliverySection />
        </Card>
        <Card title={p.sections.version}>
          <PublishSection />
        </Card>
        <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 10, boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.08)' }}>
          <Flex justify="end" gap={8}>
            <Button onClick={() => navigate(backTo)}>{m.common.cancel}</Button>
            <Button type="primary" htmlType="submit" loading={saving} disabled={stale} data-testid="procedure-form-submit">
              {m.common.save}
            </Button>
          </Flex>
        </Card>
      </Flex>
    </Form>
  );
}
