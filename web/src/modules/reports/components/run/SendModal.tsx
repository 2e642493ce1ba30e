import type { ReportRun } from '@contracts/report-documents';
import { Button, Flex, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { RunCommand } from '../../../community/hooks/useVersionedRecord';
import { reportsApi } from '../../api/reportsApi';
import { useReportsText } from '../../reportsText';

type Values = { sentTo?: string[] };
type Props = { open: boolean; run: ReportRun; command: RunCommand<ReportRun>; onClose: () => void };

/** A signed report recorded as sent, with where it went (the recipients written on it unless changed). */
export function SendModal({ open, run, command, onClose }: Props) {
  const t = useReportsText();
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: Values) => {
    setBusy(true);
    const sentTo = (values.sentTo ?? []).map((recipient) => recipient.trim()).filter((recipient) => recipient.length > 0);
    const outcome = await command((version) => reportsApi.send(run.id, version, sentTo), t.run.sent, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Modal open={open} title={t.run.sendTitle} onCancel={onClose} footer={null} width={560} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ sentTo: run.recipients }}
        onFinish={(values) => void onFinish(values)}
        data-testid="send-form"
      >
        <Form.Item name="sentTo" label={t.run.sentTo} extra={t.run.sendHint} rules={[{ required: true, message: m.common.required }]}>
          <Select mode="tags" open={false} suffixIcon={null} maxCount={20} tokenSeparators={[';']} data-testid="send-to" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="send-submit">
            {t.run.send}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
