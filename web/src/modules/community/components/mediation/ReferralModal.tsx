import { App, Button, Checkbox, Flex, Form, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import type { MediationCase } from '@contracts/community';
import { legalAidForms, legalAidGroups } from '@contracts/legal-aid';
import { isApiError } from '../../../../platform/api/problem';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch } from '../../../reception/receptionText';
import { mediationApi, type Referred, type ReferralBody } from '../../api/mediationApi';
import { useCommunityText } from '../../communityText';
import type { CommunityMessages } from '../../text/community.vi';

type Target = ReferralBody['target'];
type Kind = 'complaint' | 'recommendation' | 'reflection';
type Values = {
  target?: Target;
  kind?: Kind;
  group?: (typeof legalAidGroups)[number];
  form?: (typeof legalAidForms)[number];
  consent?: boolean;
};
type Props = {
  made: MediationCase;
  version: number;
  open: boolean;
  onClose: () => void;
  onReferred: (referred: Referred) => void;
  onStale: () => void;
};

/** What the officer is told once the case has been handed on. */
export function referralDone(t: CommunityMessages, target: Referred['target']): string {
  if (target === 'land_dispute') return t.referral.doneLandDispute;
  return target === 'petition' ? t.referral.donePetition : t.referral.doneLegalAid;
}

/**
 * A failed or stopped mediation handed on with the parties' consent: a petition in the commune's
 * book, a land dispute for the commune People's Committee to mediate (a land case only), or a legal-aid request. Consent is the server's to check, so its answer shows under the box.
 */
export function ReferralModal({ made, version, open, onClose, onReferred, onStale }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const target = Form.useWatch('target', form);
  const required = { required: true, message: m.common.required };
  // The first group the parties' facts point to, offered when the case goes to legal aid.
  const hintedGroup = made.legalAidHints.find((hint) => hint.groups.length > 0)?.groups[0];
  // The commune People's Committee mediates land disputes itself (Land Law 2024 art. 235): offered for a land case only.
  const targets: Target[] = made.field === 'land' ? ['petition', 'land_dispute', 'legal_aid'] : ['petition', 'legal_aid'];

  const bodyOf = (values: Values): ReferralBody => {
    // The literal `true` of the contract is what the parties gave; an unticked box is sent as it is and refused by the server.
    const consent = (values.consent === true) as true;
    if (values.target === 'land_dispute') return { target: 'land_dispute', consent };
    return values.target === 'legal_aid'
      ? { target: 'legal_aid', consent, group: values.group ?? 'other_by_law', form: values.form ?? 'advice' }
      : { target: 'petition', consent, kind: values.kind ?? 'recommendation' };
  };

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const referred = await mediationApi.refer(made.id, version, bodyOf(values));
      void message.success(referralDone(t, referred.target));
      onReferred(referred);
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        void message.warning(t.common.stale);
        onStale();
      } else {
        handleProblem(error, { form });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.referral.title} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.referral.hint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ target: 'petition', kind: 'recommendation', form: 'advice', consent: false, group: hintedGroup }}
        onFinish={(values) => void onFinish(values)}
        data-testid="referral-form"
      >
        <Form.Item name="target" label={t.referral.target} rules={[required]}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={targets.map((value) => ({
              value,
              label: <span data-testid={`referral-target-${value}`}>{t.referral.targets[value]}</span>,
            }))}
          />
        </Form.Item>
        {target === 'land_dispute' ? null : target !== 'legal_aid' ? (
          <Form.Item name="kind" label={t.referral.kind} rules={[required]}>
            <Select
              options={(['recommendation', 'reflection', 'complaint'] as const).map((value) => ({ value, label: t.referral.kinds[value] }))}
              data-testid="referral-kind"
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="group" label={t.referral.group} rules={[required]} extra={hintedGroup ? t.referral.groupHinted : undefined}>
              <Select
                showSearch={foldedSearch}
                options={legalAidGroups.map((value) => ({ value, label: t.legalAid.groups[value] }))}
                data-testid="referral-group"
              />
            </Form.Item>
            <Form.Item name="form" label={t.referral.form} rules={[required]}>
              <Select options={legalAidForms.map((value) => ({ value, label: t.legalAid.forms[value] }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="consent" valuePropName="checked">
          <Checkbox data-testid="referral-consent">{t.referral.consent}</Checkbox>
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="referral-submit">
            {t.referral.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
