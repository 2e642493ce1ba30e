import { Alert, App, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../platform/api/problem';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Unit } from '@contracts/org';
import { unitsApi } from '../api/unitsApi';
import { toChanges, toFormValues, type UnitFormValues } from '../unitForm';
import { UnitFormFields } from './UnitFormFields';

type Props = {
  unit: Unit;
  onSaved: (unit: Unit) => void;
  onCancel: () => void;
  /** Fetches the latest version after a conflict. */
  onReload: () => void;
};

/** Edits a unit with optimistic locking: the PATCH carries If-Match with the version shown. */
export function EditUnitForm({ unit, onSaved, onCancel, onReload }: Props) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<UnitFormValues>();
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);

  const onFinish = async (values: UnitFormValues) => {
    const changes = toChanges(unit, values);
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    setSaving(true);
    try {
      const saved = await unitsApi.update(unit.id, unit.version, changes);
      void message.success(m.common.saved);
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 412) setStale(true);
      else handleProblem(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<UnitFormValues> form={form} layout="vertical" initialValues={toFormValues(unit)} onFinish={(values) => void onFinish(values)}>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={m.errors.staleTitle}
          description={m.errors.staleDetail}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" onClick={onReload}>
              {m.common.reload}
            </Button>
          }
        />
      )}
      <UnitFormFields
        excludeId={unit.id}
        initialParent={unit.parentId ? { id: unit.parentId, name: unit.parentName ?? unit.parentId } : null}
      />
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={saving} disabled={stale}>
          {m.common.save}
        </Button>
      </Flex>
    </Form>
  );
}
