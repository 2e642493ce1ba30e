import { Button, Descriptions, Flex, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { PurposeFields } from '../PurposeFields';
import { isApiError, type Problem } from '../../../../platform/api/problem';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { petitionsApi, type IdentityReadResult } from '../../api/petitionsApi';

type Props = { open: boolean; petitionId: string; onClose: () => void };

/** Asks the purpose, reads the identity under the clearance; the identity lives only inside this dialog. */
export function IdentityReadModal({ open, petitionId, onClose }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={open} title={m.petitions.petitioner.readTitle} onCancel={onClose} footer={null} destroyOnHidden width={560}>
      {open && <IdentityRead petitionId={petitionId} onClose={onClose} />}
    </Modal>
  );
}

function IdentityRead({ petitionId, onClose }: { petitionId: string; onClose: () => void }) {
  const { m, locale } = useI18n();
  const t = m.petitions.petitioner;
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<{ purpose: string }>();
  const [busy, setBusy] = useState(false);
  const [read, setRead] = useState<IdentityReadResult | null>(null);
  const [refused, setRefused] = useState<Problem | null>(null);

  const onFinish = async ({ purpose }: { purpose: string }) => {
    setBusy(true);
    setRefused(null);
    try {
      setRead(await petitionsApi.readIdentity(petitionId, purpose.trim()));
    } catch (error) {
      if (isApiError(error) && error.status === 403) setRefused(error.problem);
      else handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  if (read) {
    const identity = read.identity;
    return (
      <div data-testid="identity-read-result">
        {identity ? (
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'name', label: t.name, children: identity.fullName },
              ...(identity.idNumber ? [{ key: 'id', label: t.idNumber, children: identity.idNumber }] : []),
              ...(identity.phone ? [{ key: 'phone', label: t.phone, children: identity.phone }] : []),
              ...(identity.email ? [{ key: 'email', label: t.email, children: identity.email }] : []),
              ...(identity.address ? [{ key: 'address', label: t.address, children: identity.address }] : []),
            ]}
          />
        ) : (
          <Typography.Text>{t.none}</Typography.Text>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 13 }}>
          {format(t.readAt, { at: formatMinute(read.readAt, locale) })}
        </Typography.Paragraph>
        <Flex justify="end">
          <Button onClick={onClose}>{m.common.close}</Button>
        </Flex>
      </div>
    );
  }

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
      <PurposeFields
        refused={refused}
        busy={busy}
        onClose={onClose}
        labels={{ purpose: t.purpose, purposeHint: t.purposeHint, submit: t.readSubmit }}
        testId="identity-read"
      />
    </Form>
  );
}
