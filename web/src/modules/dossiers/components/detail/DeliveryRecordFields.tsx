import { Form, Input, Typography } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Delivery } from '@contracts/dossiers';

/** Home or postal return: who received the result, where, when, and who delivered it or the postal receipt. */
export function DeliveryRecordFields() {
  const { m } = useI18n();
  const t = m.dossiers.action;
  const delivery = Form.useWatch<Delivery | undefined>('delivery');
  if (delivery !== 'home' && delivery !== 'post') return null;
  const required = [{ required: true, whitespace: true, message: m.common.required }];
  return (
    <div data-testid="action-delivery-record">
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t.deliveryRecordHint}
      </Typography.Paragraph>
      <Form.Item
        name={['deliveryRecord', 'recipientName']}
        label={t.recipientName}
        rules={[...required, { min: 2, message: m.common.required }]}
      >
        <Input maxLength={200} data-testid="action-recipient" />
      </Form.Item>
      <Form.Item
        name={['deliveryRecord', 'address']}
        label={t.recipientAddress}
        rules={[...required, { min: 3, message: m.common.required }]}
      >
        <Input maxLength={300} data-testid="action-recipient-address" />
      </Form.Item>
      <Form.Item name={['deliveryRecord', 'deliveredAt']} label={t.deliveredAt} rules={[{ required: true, message: m.common.required }]}>
        <Input type="datetime-local" data-testid="action-delivered-at" />
      </Form.Item>
      {delivery === 'home' ? (
        <Form.Item
          name={['deliveryRecord', 'deliveredBy']}
          label={t.deliveredBy}
          rules={[...required, { min: 2, message: m.common.required }]}
        >
          <Input maxLength={200} data-testid="action-delivered-by" />
        </Form.Item>
      ) : (
        <Form.Item name={['deliveryRecord', 'postalReceiptNumber']} label={t.postalReceiptNumber} rules={required}>
          <Input maxLength={40} data-testid="action-postal-receipt" />
        </Form.Item>
      )}
    </div>
  );
}
