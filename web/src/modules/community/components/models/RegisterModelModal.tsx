import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { modelCategories } from '@contracts/mobilisation-models';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import { modelsApi, type ModelView } from '../../api/modelsApi';
import { useCommunityText } from '../../communityText';

type Values = {
  name?: string;
  category?: (typeof modelCategories)[number];
  ownerOrganisation?: string;
  field?: string;
  registeredOn?: string;
  objectives?: string;
};
type Props = { open: boolean; unitId: string; onClose: () => void; onRegistered: (model: ModelView) => void };

/** A model or exemplar registered by the unit: what it is, who carries it out, in which field, to what end. */
export function RegisterModelModal({ open, unitId, onClose, onRegistered }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, whitespace: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const objectives = optionalText(values.objectives);
      const model = await modelsApi.register({
        unitId,
        name: values.name?.trim() ?? '',
        category: values.category ?? 'model',
        ownerOrganisation: values.ownerOrganisation?.trim() ?? '',
        field: values.field?.trim() ?? '',
        registeredOn: values.registeredOn ?? '',
        ...(objectives ? { objectives } : {}),
      });
      void message.success(t.models.registered);
      onRegistered(model);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.models.register} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ category: 'model', registeredOn: todayInVietnam() }}
        onFinish={(values) => void onFinish(values)}
        data-testid="model-form"
      >
        <Form.Item name="name" label={t.models.name} rules={[required]}>
          <Input maxLength={300} data-testid="model-name" />
        </Form.Item>
        <Form.Item name="category" label={t.models.category} rules={[required]}>
          <Select options={modelCategories.map((value) => ({ value, label: t.models.categories[value] }))} />
        </Form.Item>
        <Form.Item name="ownerOrganisation" label={t.models.ownerOrganisation} rules={[required]}>
          <Input maxLength={300} data-testid="model-owner" />
        </Form.Item>
        <Form.Item name="field" label={t.models.field} rules={[required]}>
          <Input maxLength={200} data-testid="model-field" />
        </Form.Item>
        <Form.Item name="registeredOn" label={t.models.registeredOn} rules={[required]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="objectives" label={t.models.objectives}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="model-submit">
            {t.models.register}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
