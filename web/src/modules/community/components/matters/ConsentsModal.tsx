import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { mattersApi, type MatterView } from '../../api/mattersApi';
import { useCommunityText } from '../../communityText';
import type { RunCommand } from '../../hooks/useVersionedRecord';

type Values = { codes?: string; consentedOn?: string };
type Props = { matter: MatterView; open: boolean; run: RunCommand<MatterView>; onClose: () => void };

/** The register numbers typed one a line, trimmed, blank lines and repeats left out. */
export function householdCodesOf(text: string | undefined): string[] {
  return [...new Set((text ?? '').split(/\r?\n/).map((line) => line.trim()))].filter((line) => line.length > 0);
}

/** Households' consents to a citizen initiative, by their number in the village's register (no names), with the day. */
export function ConsentsModal({ matter, open, run, onClose }: Props) {
  const text = useCommunityText();
  const t = text.matters;
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: Values) => {
    const consentedOn = values.consentedOn ?? todayInVietnam();
    const consents = householdCodesOf(values.codes).map((householdCode) => ({ householdCode, consentedOn }));
    setBusy(true);
    const outcome = await run((version) => mattersApi.consents(matter.id, version, { consents }), t.consentsAdded, form);
    setBusy(false);
    if (outcome !== 'failed') onClose();
  };

  return (
    <Modal open={open} title={t.addConsents} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.consentsHint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ consentedOn: todayInVietnam() }}
        onFinish={(values) => void onFinish(values)}
        data-testid="consents-form"
      >
        <Form.Item
          name="codes"
          label={t.householdCodes}
          rules={[
            {
              validator: (_rule, value?: string) =>
                householdCodesOf(value).length ? Promise.resolve() : Promise.reject(new Error(m.common.required)),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} style={{ fontFamily: 'monospace' }} data-testid="consents-codes" />
        </Form.Item>
        <Form.Item name="consentedOn" label={t.consentedOn} rules={[{ required: true, message: m.common.required }]}>
          <Input type="date" data-testid="consents-on" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="consents-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
