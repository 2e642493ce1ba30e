import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { PurposeFields } from '../PurposeFields';
import { isApiError, type Problem } from '../../../../platform/api/problem';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { PetitionFile } from '@contracts/petition-records';
import { recordsApi } from '../../api/recordsApi';

type Props = { petitionId: string; file: PetitionFile | null; onClose: () => void };

/** Asks why a protected petition's file is opened; without an identity clearance the server refuses, and the reason shows here. */
export function FileReadModal({ petitionId, file, onClose }: Props) {
  const { m } = useI18n();
  return (
    <Modal open={file !== null} title={m.petitionRecords.files.readTitle} onCancel={onClose} footer={null} destroyOnHidden width={520}>
      {file && <FileRead petitionId={petitionId} file={file} onClose={onClose} />}
    </Modal>
  );
}

function FileRead({ petitionId, file, onClose }: { petitionId: string; file: PetitionFile; onClose: () => void }) {
  const { m } = useI18n();
  const t = m.petitionRecords.files;
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<{ purpose: string }>();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Problem | null>(null);

  const onFinish = async ({ purpose }: { purpose: string }) => {
    setBusy(true);
    setRefused(null);
    try {
      await recordsApi.read(petitionId, file, purpose.trim());
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 403) setRefused(error.problem);
      else handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
      <Typography.Paragraph>
        <Typography.Text strong>{file.name}</Typography.Text> · {t.kinds[file.kind]}
      </Typography.Paragraph>
      <PurposeFields
        refused={refused}
        busy={busy}
        onClose={onClose}
        labels={{ purpose: t.purpose, purposeHint: t.purposeHint, submit: t.readSubmit }}
        testId="file-read"
      />
    </Form>
  );
}
