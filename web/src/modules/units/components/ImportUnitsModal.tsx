import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Radio, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { FieldProblem, Problem } from '../../../platform/api/problem';
import { isApiError } from '../../../platform/api/problem';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { format } from '../../../platform/i18n/format';
import { formatNumber } from '../../../platform/format/numbers';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { UnitImportFormat, UnitImportResult } from '@contracts/org';
import { unitsApi } from '../api/unitsApi';
import { ImportErrorTable } from './ImportErrorTable';

type Props = { open: boolean; onClose: () => void; onImported: () => void };
type ImportValues = { format: UnitImportFormat; content: string; dryRun: boolean };
type Report = { kind: 'ok'; result: UnitImportResult } | { kind: 'rejected'; problem: Problem; errors: FieldProblem[] };

/** Bulk import from pasted text or a file read in the browser; a dry run reports without writing. */
export function ImportUnitsModal({ open, onClose, onImported }: Props) {
  const { m, locale } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<ImportValues>();
  const [sending, setSending] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const dryRun = Form.useWatch('dryRun', form) ?? true;

  const readFile = async (file: File) => {
    const content = await file.text();
    form.setFieldsValue({ content, format: file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv' });
    setReport(null);
    void message.info(format(m.unitImport.fileLoaded, { name: file.name }));
  };

  const onFinish = async (values: ImportValues) => {
    setSending(true);
    setReport(null);
    try {
      const result = await unitsApi.import(values.format, values.content, values.dryRun);
      setReport({ kind: 'ok', result });
      if (!result.dryRun) onImported();
    } catch (error) {
      if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
        setReport({ kind: 'rejected', problem: error.problem, errors: error.problem.errors });
      } else {
        handleProblem(error, { form });
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal open={open} title={m.unitImport.title} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Form<ImportValues>
        form={form}
        layout="vertical"
        initialValues={{ format: 'csv', content: '', dryRun: true }}
        onFinish={(values) => void onFinish(values)}
      >
        <Flex gap={16} align="center" wrap>
          <Form.Item name="format" label={m.unitImport.format}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'csv', label: m.unitImport.csv },
                { value: 'json', label: m.unitImport.json },
              ]}
            />
          </Form.Item>
          <Upload
            accept=".csv,.json,text/csv,application/json"
            showUploadList={false}
            beforeUpload={(file) => {
              void readFile(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />}>{m.unitImport.pickFile}</Button>
          </Upload>
        </Flex>
        <Form.Item name="content" label={m.unitImport.content} rules={[{ required: true, whitespace: true, message: m.common.required }]}>
          <Input.TextArea
            autoFocus
            rows={10}
            placeholder={m.unitImport.contentPlaceholder}
            style={{ fontFamily: 'monospace' }}
            onChange={() => setReport(null)}
          />
        </Form.Item>
        <Form.Item name="dryRun" valuePropName="checked">
          <Checkbox>{m.unitImport.dryRun}</Checkbox>
        </Form.Item>
        {report?.kind === 'ok' && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={format(report.result.dryRun ? m.unitImport.dryRunOk : m.unitImport.imported, {
              count: formatNumber(report.result.imported, locale),
            })}
          />
        )}
        {report?.kind === 'rejected' && (
          <>
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={report.problem.title} description={report.problem.detail} />
            <Typography.Title level={5}>{m.unitImport.errorsTitle}</Typography.Title>
            <ImportErrorTable errors={report.errors} />
          </>
        )}
        <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
          <Button onClick={onClose}>{m.common.close}</Button>
          <Button type="primary" htmlType="submit" loading={sending} data-testid="import-submit">
            {dryRun ? m.unitImport.check : m.unitImport.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
