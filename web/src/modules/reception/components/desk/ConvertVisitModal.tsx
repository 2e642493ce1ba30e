import { App, Button, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { petitionKinds, type Petition, type PetitionKind } from '@contracts/petitions';
import type { Visit } from '@contracts/reception';
import { receptionApi } from '../../api/receptionApi';
import { optionalText } from '../../receptionText';

type Values = { kind?: PetitionKind; signedBy?: 'signature' | 'fingerprint'; respondent?: string; decisionRef?: string };
type Props = { visit: Visit; open: boolean; onClose: () => void; onConverted: (petition: Petition) => void };

/**
 * The content taken in orally, written down and read back to the citizen, signed or fingerprinted,
 * becomes a petition in the unit's book, linked to this entry.
 */
export function ConvertVisitModal({ visit, open, onClose, onConverted }: Props) {
  const { m } = useI18n();
  const t = m.reception.convert;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form);
  const initialKind = (petitionKinds as readonly string[]).includes(visit.nature) ? (visit.nature as PetitionKind) : undefined;
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    if (!values.kind || !values.signedBy) return;
    setBusy(true);
    try {
      const respondent = optionalText(values.respondent);
      const decisionRef = optionalText(values.decisionRef);
      const petition = await receptionApi.convert(visit.id, {
        kind: values.kind,
        signedBy: values.signedBy,
        ...(respondent ? { respondent } : {}),
        ...(values.kind === 'complaint' && decisionRef ? { decisionRef } : {}),
      });
      void message.success(format(t.done, { bookNo: petition.bookNo, year: petition.year }));
      onConverted(petition);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.title} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: initialKind }} onFinish={(values) => void onFinish(values)}>
        <Form.Item name="kind" label={t.kind} rules={[required]}>
          <Select
            options={petitionKinds.map((value) => ({ value, label: m.petitions.kinds[value] }))}
            data-testid="convert-kind"
            data-value={kind ?? ''}
          />
        </Form.Item>
        <Form.Item name="signedBy" label={t.signedBy} rules={[required]}>
          <Radio.Group
            options={(['signature', 'fingerprint'] as const).map((value) => ({
              value,
              label: <span data-testid={`convert-signed-${value}`}>{t.signedByOptions[value]}</span>,
            }))}
          />
        </Form.Item>
        {(kind === 'complaint' || kind === 'denunciation' || kind === 'mixed') && (
          <Form.Item name="respondent" label={t.respondent}>
            <Input maxLength={300} data-testid="convert-respondent" />
          </Form.Item>
        )}
        {kind === 'complaint' && (
          <Form.Item name="decisionRef" label={t.decisionRef}>
            <Input maxLength={100} data-testid="convert-decision-ref" />
          </Form.Item>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="convert-submit">
            {t.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
