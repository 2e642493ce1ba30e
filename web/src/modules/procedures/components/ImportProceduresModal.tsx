import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Input, Modal, Radio, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError, type Problem } from '../../../platform/api/problem';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { FieldErrorTable } from '../../../platform/components/FieldErrorTable';
import { format } from '../../../platform/i18n/format';
import { formatNumber } from '../../../platform/format/numbers';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { ProcedureFileFormat, ProcedureImportResult } from '@contracts/catalog';
import { proceduresApi } from '../api/proceduresApi';

type Props = { open: boolean; onClose: () => void; onImported: () => void };
type Outcome = { kind: 'ok'; report: ProcedureImportResult } | { kind: 'rejected'; problem: Problem };

/** The bytes of a file as base64, for the XLSX import. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

/** Imports procedures from JSON (pasted or picked) or XLSX; a dry run reports without writing. */
export function ImportProceduresModal({ open, onClose, onImported }: Props) {
  const { m, locale } = useI18n();
  const t = m.procedures.importModal;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [kind, setKind] = useState<ProcedureFileFormat>('json');
  const [text, setText] = useState('');
  const [workbook, setWorkbook] = useState<{ name: string; content: string } | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const content = kind === 'json' ? text.trim() : (workbook?.content ?? '');

  const readFile = async (file: File) => {
    setOutcome(null);
    if (file.name.toLowerCase().endsWith('.xlsx')) {
      setKind('xlsx');
      setWorkbook({ name: file.name, content: await toBase64(file) });
    } else {
      setKind('json');
      setText(await file.text());
    }
    void message.info(format(t.fileLoaded, { name: file.name }));
  };

  const submit = async () => {
    setSending(true);
    setOutcome(null);
    try {
      const report = await proceduresApi.import(kind, content, dryRun);
      setOutcome({ kind: 'ok', report });
      if (!report.dryRun) onImported();
    } catch (error) {
      if (isApiError(error) && error.problem.errors?.length) setOutcome({ kind: 'rejected', problem: error.problem });
      else handleProblem(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t.title}
      onCancel={onClose}
      width={820}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.close}</Button>
          <Button type="primary" loading={sending} disabled={!content} onClick={() => void submit()} data-testid="procedures-import-submit">
            {dryRun ? t.check : t.submit}
          </Button>
        </Flex>
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
        <span>{t.format}:</span>
        <Radio.Group
          optionType="button"
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as ProcedureFileFormat);
            setOutcome(null);
          }}
          options={[
            { value: 'json', label: 'JSON' },
            { value: 'xlsx', label: 'XLSX' },
          ]}
        />
        <Upload
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={(file) => {
            void readFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />}>{t.pickFile}</Button>
        </Upload>
      </Flex>
      {kind === 'json' ? (
        <Input.TextArea
          aria-label={t.content}
          rows={12}
          value={text}
          placeholder={t.contentPlaceholder}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          onChange={(event) => {
            setText(event.target.value);
            setOutcome(null);
          }}
        />
      ) : workbook ? (
        <Tag icon={<FileExcelOutlined />} color="green" style={{ paddingBlock: 4 }}>
          {workbook.name}
        </Tag>
      ) : (
        <Typography.Text type="secondary">{t.noFile}</Typography.Text>
      )}
      <div style={{ marginBlock: 12 }}>
        <Checkbox checked={dryRun} onChange={(event) => setDryRun(event.target.checked)}>
          {t.dryRun}
        </Checkbox>
      </div>
      {outcome?.kind === 'ok' && (
        <Alert
          type="success"
          showIcon
          data-testid="procedures-import-result"
          title={format(outcome.report.dryRun ? t.dryRunOk : t.imported, {
            created: formatNumber(outcome.report.created, locale),
            revised: formatNumber(outcome.report.revised, locale),
            unchanged: formatNumber(outcome.report.unchanged, locale),
          })}
        />
      )}
      {outcome?.kind === 'rejected' && (
        <div data-testid="procedures-import-errors">
          <Alert type="error" showIcon title={outcome.problem.title} description={outcome.problem.detail} style={{ marginBottom: 12 }} />
          <Typography.Title level={5}>{t.errorsTitle}</Typography.Title>
          <FieldErrorTable errors={outcome.problem.errors ?? []} />
        </div>
      )}
    </Modal>
  );
}
