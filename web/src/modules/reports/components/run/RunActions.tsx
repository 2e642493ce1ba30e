import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined, SafetyCertificateOutlined, SendOutlined } from '@ant-design/icons';
import type { ReportRun } from '@contracts/report-documents';
import { App, Button, Flex, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import type { RunCommand } from '../../../community/hooks/useVersionedRecord';
import { reportsApi, type RunFileFormat } from '../../api/reportsApi';
import { useReportsText } from '../../reportsText';
import { NumberModal } from './NumberModal';
import { SendModal } from './SendModal';

type Props = { run: ReportRun; command: RunCommand<ReportRun>; hasUnsavedText: boolean };

const fileIcons: Record<RunFileFormat, ReactNode> = {
  docx: <FileWordOutlined />,
  pdf: <FilePdfOutlined />,
  xlsx: <FileExcelOutlined />,
};

/**
 * The report's files (DOCX, PDF, XLSX) and, for the unit's head, the steps it offers: signing a
 * draft once its period has ended (after a confirmation that the content will be frozen), sending a signed one.
 */
export function RunActions({ run, command, hasUnsavedText }: Props) {
  const t = useReportsText();
  const { can } = useAuth();
  const { modal } = App.useApp();
  const handleProblem = useProblemHandler();
  const [busy, setBusy] = useState<RunFileFormat | null>(null);
  const [sending, setSending] = useState(false);
  const [numbering, setNumbering] = useState(false);
  const canSign = can('reports.sign');
  // The server signs from the period's last day on (a report "tính đến ngày" its cut-off day).
  const hasEnded = run.period.to <= todayInVietnam();

  const download = async (fileFormat: RunFileFormat) => {
    setBusy(fileFormat);
    try {
      await reportsApi.download(run, fileFormat);
    } catch (error) {
      handleProblem(error);
    } finally {
      setBusy(null);
    }
  };

  const sign = () =>
    modal.confirm({
      title: t.run.signTitle,
      content: (
        <>
          <p>{t.run.signContent}</p>
          {hasUnsavedText ? <p style={{ fontWeight: 600 }}>{t.run.signUnsaved}</p> : null}
        </>
      ),
      okText: t.run.sign,
      okButtonProps: { 'data-testid': 'run-sign-confirm' } as Record<string, string>,
      onOk: () => command((version) => reportsApi.sign(run.id, version), t.run.signed),
    });

  return (
    <Flex gap={8} wrap justify="end" data-testid="run-actions">
      {(['docx', 'pdf', 'xlsx'] as const).map((fileFormat) => (
        <Button
          key={fileFormat}
          icon={fileIcons[fileFormat]}
          loading={busy === fileFormat}
          onClick={() => void download(fileFormat)}
          data-testid={`run-download-${fileFormat}`}
        >
          {t.run[fileFormat]}
        </Button>
      ))}
      {canSign && run.status === 'draft' && (
        <Tooltip title={hasEnded ? undefined : format(t.run.signNotYet, { to: formatDate(run.period.to) })}>
          <Button type="primary" icon={<SafetyCertificateOutlined />} disabled={!hasEnded} onClick={sign} data-testid="run-sign">
            {t.run.sign}
          </Button>
        </Tooltip>
      )}
      {canSign && run.status === 'signed' && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setSending(true)} data-testid="run-send">
          {t.run.send}
        </Button>
      )}
      {canSign && run.status === 'signed' && <SendModal open={sending} run={run} command={command} onClose={() => setSending(false)} />}
      {canSign && run.status !== 'draft' && !run.number && (
        <Button onClick={() => setNumbering(true)} data-testid="run-number">
          {t.run.numberTitle}
        </Button>
      )}
      {canSign && run.status !== 'draft' && !run.number && (
        <NumberModal open={numbering} run={run} command={command} onClose={() => setNumbering(false)} />
      )}
    </Flex>
  );
}
