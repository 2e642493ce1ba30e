import { Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition, PetitionHandling, PetitionOutcome } from '@contracts/petitions';
import { petitionsApi } from '../../api/petitionsApi';
import type { RunCommand } from '../../hooks/usePetition';

type Values = { to?: string; note?: string };

type Props = { outcome: PetitionOutcome | null; petition: Petition; run: RunCommand; onClose: () => void };

/** Confirms one handling outcome: the competent body for guidance or a transfer, and a note. */
export function HandlingModal({ outcome, petition, run, onClose }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={outcome !== null} title={outcome ? m.petitions.outcomes[outcome] : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {outcome && <HandlingForm outcome={outcome} petition={petition} run={run} onClose={onClose} />}
    </Modal>
  );
}

function HandlingForm({
  outcome,
  petition,
  run,
  onClose,
}: {
  outcome: PetitionOutcome;
  petition: Petition;
  run: RunCommand;
  onClose: () => void;
}) {
  const { m } = useI18n();
  const t = m.petitions.handling;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const needsTo = outcome === 'guide' || outcome === 'transfer' || outcome === 'inspect';

  const onFinish = async (values: Values) => {
    const to = values.to?.trim();
    const note = values.note?.trim();
    const body: PetitionHandling = { outcome, ...(needsTo && to ? { to } : {}), ...(note ? { note } : {}) };
    setBusy(true);
    const result = await run(
      (version) => petitionsApi.handle(petition.id, version, body),
      format(t.done, { outcome: m.petitions.outcomes[outcome] }),
      form,
    );
    setBusy(false);
    if (result !== 'failed') onClose();
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
      {needsTo && (
        <Form.Item
          name="to"
          label={t.to}
          extra={t.toHint}
          rules={[{ required: true, whitespace: true, min: 2, message: m.common.required }]}
        >
          <Input maxLength={300} autoFocus data-testid="handling-to" />
        </Form.Item>
      )}
      <Form.Item name="note" label={t.note}>
        <Input.TextArea rows={3} maxLength={2000} autoFocus={!needsTo} data-testid="handling-note" />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="handling-submit">
          {t.confirm}
        </Button>
      </Flex>
    </Form>
  );
}
