import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { LetterFormat } from '../api/petitionsApi';

type Props = { label: string; download: (format: LetterFormat) => Promise<void>; testId: string };

/** One letter with its two downloads, PDF and DOCX; a refusal (no letter at this step) shows as a message. */
export function LetterButtons({ label, download, testId }: Props) {
  const { m } = useI18n();
  const handleProblem = useProblemHandler();
  const [busy, setBusy] = useState<LetterFormat | null>(null);
  const fetch = async (format: LetterFormat) => {
    setBusy(format);
    try {
      await download(format);
    } catch (error) {
      handleProblem(error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Flex justify="space-between" align="center" gap={8} wrap style={{ padding: '4px 0' }} data-testid={testId}>
      <Typography.Text>{label}</Typography.Text>
      <Flex gap={8}>
        <Button
          size="small"
          icon={<FilePdfOutlined />}
          loading={busy === 'pdf'}
          onClick={() => void fetch('pdf')}
          data-testid={`${testId}-pdf`}
        >
          {m.petitions.letters.pdf}
        </Button>
        <Button
          size="small"
          icon={<FileWordOutlined />}
          loading={busy === 'docx'}
          onClick={() => void fetch('docx')}
          data-testid={`${testId}-docx`}
        >
          {m.petitions.letters.docx}
        </Button>
      </Flex>
    </Flex>
  );
}
