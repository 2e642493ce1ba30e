import { Button, Flex, Form, Input, Modal } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';

type Props = { open: boolean; busy: boolean; onCancel: () => void; onRefuse: (reason: string) => void };

/** Asks for the reason of a refusal at the counter; it is printed on the refusal slip. */
export function RefuseModal({ open, busy, onCancel, onRefuse }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={open} title={m.dossiers.intake.refuseTitle} onCancel={onCancel} footer={null} destroyOnHidden>
      <RefuseForm busy={busy} onCancel={onCancel} onRefuse={onRefuse} />
    </Modal>
  );
}

function RefuseForm({ busy, onCancel, onRefuse }: Omit<Props, 'open'>) {
  const { m } = useI18n();
  const t = m.dossiers.intake;
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Form form={form} layout="vertical" onFinish={(values) => onRefuse(values.reason.trim())}>
      <Form.Item
        name="reason"
        label={t.refuseReason}
        extra={t.refuseReasonHint}
        rules={[{ required: true, whitespace: true, min: 5, message: t.refuseReasonHint }]}
      >
        <Input.TextArea autoFocus rows={4} maxLength={2000} showCount data-testid="intake-refuse-reason" />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel}>{m.common.cancel}</Button>
        <Button type="primary" danger htmlType="submit" loading={busy} data-testid="intake-refuse-confirm">
          {t.refuseConfirm}
        </Button>
      </Flex>
    </Form>
  );
}
