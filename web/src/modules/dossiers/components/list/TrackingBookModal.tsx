import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { ScopeOption } from '../../../../platform/scope/unitScopeContext';
import { unitLabel } from '../../../units/unitOptions';
import { dossiersApi } from '../../api/dossiersApi';

type Values = { from: string; to: string };
type Props = { open: boolean; unit: ScopeOption | null; onClose: () => void };

/** The working unit's tracking book (form 06) for a period, as PDF or XLSX. */
export function TrackingBookModal({ open, unit, onClose }: Props) {
  const { m } = useI18n();
  const l = m.dossiers.list;
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const today = todayInVietnam();
  const unitId = unit?.id ?? null;

  const download = async (kind: 'pdf' | 'xlsx') => {
    if (!unitId) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(kind);
    try {
      await dossiersApi.trackingBook(unitId, values.from, values.to, kind);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal open={open} title={l.trackingTitle} onCancel={onClose} footer={null} destroyOnHidden>
      {unitId && unit ? (
        <Typography.Paragraph>{format(l.trackingUnit, { name: unitLabel(unit) })}</Typography.Paragraph>
      ) : (
        <Alert type="warning" showIcon title={l.trackingNeedsUnit} style={{ marginBottom: 16 }} />
      )}
      <Form<Values> form={form} layout="inline" initialValues={{ from: `${today.slice(0, 8)}01`, to: today }} style={{ rowGap: 12 }}>
        <Form.Item name="from" label={l.from} rules={[{ required: true, message: m.common.required }]}>
          <Input type="date" data-testid="tracking-from" />
        </Form.Item>
        <Form.Item
          name="to"
          label={l.to}
          dependencies={['from']}
          rules={[
            { required: true, message: m.common.required },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || !getFieldValue('from') || value >= (getFieldValue('from') as string)
                  ? Promise.resolve()
                  : Promise.reject(new Error(l.toBeforeFrom)),
            }),
          ]}
        >
          <Input type="date" data-testid="tracking-to" />
        </Form.Item>
      </Form>
      <Flex gap={8} justify="end" style={{ marginTop: 24 }}>
        <Button
          icon={<FilePdfOutlined />}
          disabled={!unitId}
          loading={busy === 'pdf'}
          onClick={() => void download('pdf')}
          data-testid="tracking-pdf"
        >
          {l.downloadPdf}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          disabled={!unitId}
          loading={busy === 'xlsx'}
          onClick={() => void download('xlsx')}
          data-testid="tracking-xlsx"
        >
          {l.downloadXlsx}
        </Button>
      </Flex>
    </Modal>
  );
}
