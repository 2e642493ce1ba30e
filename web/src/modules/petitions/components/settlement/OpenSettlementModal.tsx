import { App, Button, Checkbox, Flex, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { vietnamLocalToIso } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { complexityCriteria, complexityCriterionLabels, type ComplexityCriterion } from '@contracts/settlements';
import { settlementsApi } from '../../api/settlementsApi';
import { PreviousSettlementField } from './PreviousSettlementField';

type Values = {
  decisionRef?: string;
  acceptedAt?: string;
  isRemote?: boolean;
  complexity?: ComplexityCriterion[];
  previousSettlementId?: string;
};
type Props = { open: boolean; petition: Petition; onClose: () => void; onOpened: (settlementId: string) => void };

/** Accepts the petition for settlement: the acceptance decision, a remote area, and the complexity criteria recorded in writing. */
export function OpenSettlementModal({ open, petition, onClose, onOpened }: Props) {
  const { m } = useI18n();
  const t = m.settlements.open;
  return (
    <Modal open={open} title={t.title} onCancel={onClose} footer={null} destroyOnHidden width={600}>
      {open && <OpenForm petition={petition} onClose={onClose} onOpened={onOpened} />}
    </Modal>
  );
}

function OpenForm({ petition, onClose, onOpened }: Omit<Props, 'open'>) {
  const { m, locale } = useI18n();
  const t = m.settlements.open;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  // Complexity changes the limit of a complaint only; a denunciation's complexity counts for its extensions.
  const showsComplexity = petition.kind === 'complaint' || petition.kind === 'denunciation';
  // A complaint settled once before is a second complaint: it may name the first-instance settlement it is about.
  const isSecondComplaint = petition.kind === 'complaint' && petition.classification?.settlementStatus === 'once';

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const settlement = await settlementsApi.open(petition.id, {
        decisionRef: values.decisionRef?.trim() ?? '',
        ...(values.acceptedAt ? { acceptedAt: vietnamLocalToIso(values.acceptedAt) } : {}),
        isRemote: values.isRemote ?? false,
        complexity: values.complexity ?? [],
        ...(values.previousSettlementId ? { previousSettlementId: values.previousSettlementId } : {}),
      });
      void message.success(t.done);
      onOpened(settlement.id);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ isRemote: false, complexity: [] }}
      onFinish={(values) => void onFinish(values)}
    >
      <Form.Item name="decisionRef" label={t.decisionRef} rules={[{ required: true, whitespace: true, message: m.common.required }]}>
        <Input maxLength={100} autoFocus data-testid="settlement-decision-ref" />
      </Form.Item>
      <Form.Item name="acceptedAt" label={t.acceptedAt} extra={t.acceptedAtHint}>
        <Input type="datetime-local" data-testid="settlement-accepted-at" />
      </Form.Item>
      <Form.Item name="isRemote" label={t.remote} valuePropName="checked">
        <Switch data-testid="settlement-remote" />
      </Form.Item>
      {isSecondComplaint && <PreviousSettlementField petition={petition} />}
      {showsComplexity && (
        <Form.Item name="complexity" label={t.complexity} extra={t.complexityHint}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={complexityCriteria.map((value) => ({ value, label: complexityCriterionLabels[value][locale] }))}
          />
        </Form.Item>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="settlement-open-submit">
          {t.submit}
        </Button>
      </Flex>
    </Form>
  );
}
