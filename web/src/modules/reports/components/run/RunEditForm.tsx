import { SaveOutlined } from '@ant-design/icons';
import { freeTextKeys, type FreeText, type ReportRun } from '@contracts/report-documents';
import { Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { RunCommand } from '../../../community/hooks/useVersionedRecord';
import { reportsApi } from '../../api/reportsApi';
import { useReportsText } from '../../reportsText';

type Values = { number?: string; signerTitle?: string; signerName?: string; recipients?: string[]; freeText: FreeText };
type Props = { run: ReportRun; command: RunCommand<ReportRun>; onDirtyChange: (isDirty: boolean) => void };

function valuesOf(run: ReportRun): Values {
  return {
    number: run.number ?? '',
    signerTitle: run.signerTitle,
    signerName: run.signerName ?? '',
    recipients: run.recipients,
    freeText: run.freeText,
  };
}

/**
 * What the unit writes in a draft: the number, the signer and the recipients, and the four parts of
 * free text; saved with the version shown (If-Match), after which the preview is composed again.
 */
export function RunEditForm({ run, command, onDirtyChange }: Props) {
  const t = useReportsText();
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [isDirty, setDirty] = useState(false);
  const markDirty = (next: boolean) => {
    setDirty(next);
    onDirtyChange(next);
  };

  const onFinish = async (values: Values) => {
    setBusy(true);
    const outcome = await command(
      (version) =>
        reportsApi.update(run.id, version, {
          number: values.number?.trim() ?? '',
          signerTitle: values.signerTitle?.trim() ?? '',
          signerName: values.signerName?.trim() ?? '',
          recipients: (values.recipients ?? []).map((recipient) => recipient.trim()).filter((recipient) => recipient.length > 0),
          freeText: values.freeText,
        }),
      t.run.saved,
      form,
    );
    setBusy(false);
    if (outcome === 'done') markDirty(false);
  };

  const save = (
    <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy} data-testid="run-save">
      {t.run.save}
    </Button>
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={valuesOf(run)}
      onValuesChange={() => {
        if (!isDirty) markDirty(true);
      }}
      onFinish={(values) => void onFinish(values)}
      data-testid="run-edit-form"
    >
      <Flex vertical gap={16}>
        <Card size="small" title={t.run.heading}>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="number" label={t.runs.number}>
                <Input maxLength={40} placeholder={t.run.numberPlaceholder} data-testid="run-number-field" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="signerTitle"
                label={t.run.signerTitle}
                rules={[{ required: true, whitespace: true, message: m.common.required }]}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={100} data-testid="run-signer-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signerName" label={t.run.signerName}>
                <Input maxLength={100} data-testid="run-signer-name" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="recipients" label={t.run.recipients} extra={t.run.sendHint} style={{ marginBottom: 0 }}>
            <Select mode="tags" open={false} suffixIcon={null} maxCount={20} tokenSeparators={[';']} data-testid="run-recipients" />
          </Form.Item>
        </Card>
        <Card size="small" title={t.run.freeTextTitle}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t.run.freeTextHint}
          </Typography.Paragraph>
          {freeTextKeys.map((key) => (
            <Form.Item key={key} name={['freeText', key]} label={t.run.freeText[key]}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20_000} showCount data-testid={`run-free-${key}`} />
            </Form.Item>
          ))}
        </Card>
        <Flex justify="end" align="center" gap={12} wrap>
          {isDirty ? <Typography.Text type="warning">{t.run.unsaved}</Typography.Text> : null}
          {save}
        </Flex>
      </Flex>
    </Form>
  );
}
