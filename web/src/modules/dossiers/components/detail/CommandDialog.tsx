import { Button, Flex, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { ActOutcome } from '../../hooks/useDossier';

/** A small dialog for one command on a dossier; its form is mounted only while it is open. */
export function CommandDialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden width={560}>
      {open && children}
    </Modal>
  );
}

type FormProps<Values> = {
  /** Sends the command; the dialog closes unless it failed (a reload after a conflict closes it too). */
  send: (values: Values, form: FormInstance<Values>) => Promise<ActOutcome>;
  onClose: () => void;
  initialValues?: Partial<Values>;
  danger?: boolean;
  autoFocusSubmit?: boolean;
  submitTestId: string;
  children: ReactNode;
};

/** The command's fields, then Cancel and Confirm; Confirm spins while the command is sent. */
export function CommandForm<Values extends object>({
  send,
  onClose,
  initialValues,
  danger,
  autoFocusSubmit,
  submitTestId,
  children,
}: FormProps<Values>) {
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: Values) => {
    setBusy(true);
    const outcome = await send(values, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void onFinish(values)}>
      {children}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" danger={danger} htmlType="submit" loading={busy} autoFocus={autoFocusSubmit} data-testid={submitTestId}>
          {m.dossiers.action.confirm}
        </Button>
      </Flex>
    </Form>
  );
}
