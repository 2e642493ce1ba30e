import { App, Button, Flex, Form, Modal, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Unit } from '@contracts/org';
import { unitsApi } from '../api/unitsApi';
import { toCreateInput, type UnitFormValues } from '../unitForm';
import { UnitFormFields } from './UnitFormFields';

type Props = {
  open: boolean;
  /** The parent the table is filtered by, offered as the default parent. */
  defaultParent: { id: string; name: string } | null;
  onClose: () => void;
  onCreated: (unit: Unit) => void;
};

export function CreateUnitModal({ open, defaultParent, onClose, onCreated }: Props) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<UnitFormValues>();
  const [saving, setSaving] = useState(false);
  const firstField = useRef<InputRef>(null);

  const onFinish = async (values: UnitFormValues) => {
    setSaving(true);
    try {
      const unit = await unitsApi.create(toCreateInput(values));
      void message.success(format(m.units.createdMessage, { name: unit.name }));
      form.resetFields();
      onCreated(unit);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={m.units.createTitle}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={640}
      afterOpenChange={(visible) => visible && firstField.current?.focus()}
    >
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        initialValues={{ parentId: defaultParent?.id }}
        onFinish={(values) => void onFinish(values)}
      >
        <UnitFormFields firstFieldRef={firstField} initialParent={defaultParent} />
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="unit-form-submit">
            {m.common.create}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
