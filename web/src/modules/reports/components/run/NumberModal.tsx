import type { ReportRun } from '@contracts/report-documents';
import { Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { RunCommand } from '../../../community/hooks/useVersionedRecord';
import { reportsApi } from '../../api/reportsApi';
import { useReportsText } from '../../reportsText';

type Values = { number?: string };
type Props = { open: boolean; run: ReportRun; command: RunCommand<ReportRun>; onClose: () => void };

/** The register's number written on a signed report that was signed without one: once, and nothing else changes. */
export function NumberModal({ open, run, command, onClose }: Props) {
  const t = useReportsText();
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: Values) => {
    setBusy(true);
    const outcome = await command(
      (version) => reportsApi.update(run.id, version, { number: values.number?.trim() ?? '' }),
      t.run.numbered,
      form,
    );
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Modal open={open} title={t.run.numberTitle} onCancel={onClose} footer={null} width={480} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} data-testid="number-form">
        <Form.Item
          name="number"
          label={t.runs.number}
          extra={t.run.numberHint}
          rules={[{ required: true, whitespace: true, message: m.common.required }]}
        >
          <Input maxLength={40} placeholder="12/BC-UBND" data-testid="number-input" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="number-submit">
            {t.run.numberSave}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
