import { CheckSquareOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, InputNumber, Tag, Typography, theme } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { RequiredDocument } from '@contracts/catalog';
import type { DocValue } from './intakeForm';

/** The procedure's documents as a checklist: tick what the applicant hands in, with the number of copies. */
export function DocumentChecklist({ documents }: { documents: readonly RequiredDocument[] }) {
  const { m } = useI18n();
  const t = m.dossiers.intake;
  const { token } = theme.useToken();
  const form = Form.useFormInstance();
  const docs = (Form.useWatch('docs', form) as DocValue[] | undefined) ?? [];

  const tickRequired = () => {
    const current = (form.getFieldValue('docs') as DocValue[] | undefined) ?? [];
    form.setFieldValue(
      'docs',
      documents.map((document, index) => ({ ...current[index], checked: current[index]?.checked || document.isRequired })),
    );
  };

  return (
    <div data-testid="intake-documents">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t.documentsSection}</Typography.Text>
        <Button size="small" icon={<CheckSquareOutlined />} onClick={tickRequired} data-testid="intake-check-required">
          {t.checkAll}
        </Button>
      </Flex>
      {documents.map((document, index) => (
        <Flex key={index} gap={12} align="start" style={{ padding: '8px 4px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <Form.Item name={['docs', index, 'checked']} valuePropName="checked" style={{ margin: 0, flex: 1, minWidth: 0 }}>
            <Checkbox data-testid={`intake-doc-${index + 1}`} styles={{ icon: { alignSelf: 'flex-start', marginTop: 3 } }}>
              <span>
                {index + 1}. {document.name}{' '}
                {document.isRequired && (
                  <Tag color="red" style={{ marginInlineStart: 4 }}>
                    {t.requiredMark}
                  </Tag>
                )}
                <Tag style={{ whiteSpace: 'normal' }}>{m.procedures.documentForms[document.form] ?? document.form}</Tag>
              </span>
              {document.note && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {document.note}
                </Typography.Text>
              )}
            </Checkbox>
          </Form.Item>
          <Form.Item name={['docs', index, 'count']} style={{ margin: 0 }}>
            <InputNumber
              min={1}
              max={20}
              precision={0}
              size="small"
              aria-label={`${t.copies} ${index + 1}`}
              prefix={<Typography.Text type="secondary">{t.copies}</Typography.Text>}
              disabled={!docs[index]?.checked}
              style={{ width: 110 }}
            />
          </Form.Item>
        </Flex>
      ))}
    </div>
  );
}
