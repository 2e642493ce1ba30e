import { Alert, Button, Flex, Form, Input } from 'antd';
import type { Problem } from '../../../platform/api/problem';
import { useI18n } from '../../../platform/i18n/useI18n';

/**
 * What a read behind the identity clearance asks (the identity, a protected scan): why the
 * clearance was refused if it was, the purpose (logged with the read), and the buttons.
 */
export function PurposeFields(props: {
  refused: Problem | null;
  busy: boolean;
  onClose: () => void;
  labels: { purpose: string; purposeHint: string; submit: string };
  /** `file-read` or `identity-read`: the prefix of the controls' test ids. */
  testId: string;
}) {
  const { m } = useI18n();
  const { refused, labels, testId } = props;
  return (
    <>
      {refused && (
        <Alert
          type="error"
          showIcon
          title={refused.title}
          description={refused.detail}
          style={{ marginBottom: 16 }}
          data-testid={`${testId}-refused`}
        />
      )}
      <Form.Item
        name="purpose"
        label={labels.purpose}
        extra={labels.purposeHint}
        rules={[{ required: true, whitespace: true, min: 10, message: labels.purposeHint }]}
      >
        <Input.TextArea rows={3} maxLength={500} autoFocus data-testid={`${testId}-purpose`} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={props.onClose}>{m.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={props.busy} data-testid={`${testId}-submit`}>
          {labels.submit}
        </Button>
      </Flex>
    </>
  );
}
