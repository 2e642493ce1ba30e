import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { AuditQuery } from '@contracts/audit';

export type AuditFilterValues = Pick<AuditQuery, 'entity' | 'action' | 'actor' | 'from' | 'to'>;

type Props = { onApply: (values: AuditFilterValues) => void };

function trimmed(values: AuditFilterValues): AuditFilterValues {
  const result: AuditFilterValues = {};
  for (const key of ['entity', 'action', 'actor', 'from', 'to'] as const) {
    const value = values[key]?.trim();
    if (value) result[key] = value;
  }
  return result;
}

/** Filters applied on Enter or with the search button. */
export function AuditFilters({ onApply }: Props) {
  const { m } = useI18n();
  const [form] = Form.useForm<AuditFilterValues>();
  return (
    <Form<AuditFilterValues>
      form={form}
      layout="inline"
      style={{ marginBottom: 16, rowGap: 12 }}
      onFinish={(values) => onApply(trimmed(values))}
    >
      <Form.Item name="entity" label={m.audit.entity}>
        <Input autoFocus allowClear style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="action" label={m.audit.action}>
        <Input allowClear style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="actor" label={m.audit.actor}>
        <Input allowClear style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="from" label={m.audit.from}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="to" label={m.audit.to}>
        <Input type="date" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {m.common.search}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {m.common.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
