import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Segmented, Select, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError, type Problem } from '../../../../platform/api/problem';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatNumber } from '../../../../platform/format/numbers';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch } from '../../../reception/receptionText';
import { importRegisters, importsApi, type ImportRegister, type ImportResult } from '../../api/importsApi';
import { useCommunityText } from '../../communityText';
import { useCommunes } from '../../hooks/useCommunes';
import { ImportErrorTable } from './ImportErrorTable';

type Outcome = { kind: 'checked' | 'imported'; result: ImportResult } | { kind: 'rejected'; problem: Problem };

/** The bytes of a file as base64, as the import takes them. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/**
 * A paper register typed into the template and imported: the file is checked first (nothing written),
 * then imported on confirmation; a file with any wrong row is refused whole, its errors listed by row and column.
 */
export function ImportPage() {
  const text = useCommunityText();
  const t = text.imports;
  const { locale } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { communes, firstId } = useCommunes();
  const [register, setRegister] = useState<ImportRegister>('households');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const unitId = chosen ?? firstId;
  const n = (value: number) => formatNumber(value, locale);

  const send = async (dryRun: boolean, content = file?.content) => {
    if (!unitId || !content) return;
    setBusy(true);
    try {
      const result = await importsApi.send({ register, unitId, content, dryRun });
      setOutcome({ kind: result.dryRun ? 'checked' : 'imported', result });
      if (!result.dryRun) void message.success(format(t.imported, { n: n(result.imported) }));
    } catch (error) {
      if (isApiError(error) && error.problem.errors?.length) setOutcome({ kind: 'rejected', problem: error.problem });
      else handleProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const pick = async (picked: File) => {
    const content = await toBase64(picked);
    setFile({ name: picked.name, content });
    setOutcome(null);
    await send(true, content);
  };

  const reset = () => {
    setFile(null);
    setOutcome(null);
  };

  const template = async () => {
    try {
      await importsApi.template(register);
    } catch (error) {
      handleProblem(error);
    }
  };

  return (
    <Card title={t.title} data-testid="import-page">
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Form.Item label={t.register}>
          <Segmented<ImportRegister>
            value={register}
            options={importRegisters.map((value) => ({ value, label: t.registers[value] }))}
            onChange={(value) => {
              setRegister(value);
              reset();
            }}
            data-testid="import-register"
          />
        </Form.Item>
        <Form.Item label={t.commune}>
          <Select
            showSearch={foldedSearch}
            value={unitId}
            options={communes}
            onChange={(value: string) => {
              setChosen(value);
              reset();
            }}
            data-testid="import-unit"
          />
        </Form.Item>
        <Flex gap={12} wrap align="center">
          <Button icon={<DownloadOutlined />} onClick={() => void template()} data-testid="import-template">
            {t.template}
          </Button>
          {can('community.manage') && (
            <Upload
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              showUploadList={false}
              disabled={!unitId || busy}
              beforeUpload={(picked) => {
                void pick(picked);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={busy} disabled={!unitId} data-testid="import-pick">
                {t.pick}
              </Button>
            </Upload>
          )}
          {file ? (
            <Tag icon={<FileExcelOutlined />} color="green" style={{ paddingBlock: 4 }}>
              {file.name}
            </Tag>
          ) : (
            <Typography.Text type="secondary">{t.noFile}</Typography.Text>
          )}
        </Flex>
      </Form>
      <div style={{ marginTop: 16 }}>
        {outcome?.kind === 'checked' && (
          <Alert
            type="info"
            showIcon
            data-testid="import-checked"
            title={format(t.valid, { n: n(outcome.result.rows) })}
            action={
              <Button type="primary" loading={busy} onClick={() => void send(false)} data-testid="import-confirm">
                {format(t.confirm, { n: n(outcome.result.rows) })}
              </Button>
            }
          />
        )}
        {outcome?.kind === 'imported' && (
          <Alert type="success" showIcon data-testid="import-done" title={format(t.imported, { n: n(outcome.result.imported) })} />
        )}
        {outcome?.kind === 'rejected' && (
          <Flex vertical gap={12}>
            <Alert type="error" showIcon title={t.rejected} description={outcome.problem.detail ?? outcome.problem.title} />
            <ImportErrorTable errors={outcome.problem.errors ?? []} />
          </Flex>
        )}
      </div>
    </Card>
  );
}
