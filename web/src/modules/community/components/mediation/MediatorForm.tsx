import { App, Button, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { electionMethods, type Team } from '@contracts/community';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import { mediationApi } from '../../api/mediationApi';
import { useCommunityText } from '../../communityText';

type Values = {
  fullName?: string;
  sex?: 'female' | 'male';
  ethnicity?: string;
  isEthnicMinority?: boolean;
  isLeader?: boolean;
  electedOn?: string;
  method?: (typeof electionMethods)[number];
  votesFor?: number | null;
  recognitionRef?: string;
};

const initial: Values = { ethnicity: 'Kinh', isEthnicMinority: false, isLeader: false, method: 'show_of_hands' };

/** A mediator elected by the village's households; the server checks the votes against the register on the day. */
export function MediatorForm({ team, onAdded }: { team: Team; onAdded: (team: Team) => void }) {
  const t = useCommunityText();
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const recognitionRef = optionalText(values.recognitionRef);
      const updated = await mediationApi.addMediator(team.id, {
        fullName: values.fullName?.trim() ?? '',
        sex: values.sex ?? 'female',
        ethnicity: values.ethnicity?.trim() ?? '',
        isEthnicMinority: values.isEthnicMinority ?? false,
        isLeader: values.isLeader ?? false,
        electedOn: values.electedOn ?? '',
        method: values.method ?? 'show_of_hands',
        votesFor: values.votesFor ?? 0,
        ...(recognitionRef ? { recognitionRef } : {}),
      });
      void message.success(t.mediators.added);
      form.resetFields();
      onAdded(updated);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ ...initial, electedOn: todayInVietnam() }}
      onFinish={(values) => void onFinish(values)}
      data-testid="mediator-form"
    >
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name="fullName" label={t.mediators.fullName} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} autoComplete="off" data-testid="mediator-name" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="sex" label={t.mediators.sex} rules={[required]}>
            <Select
              options={(['female', 'male'] as const).map((value) => ({ value, label: t.mediators.sexes[value] }))}
              data-testid="mediator-sex"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="ethnicity" label={t.mediators.ethnicity} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={50} data-testid="mediator-ethnicity" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="electedOn" label={t.mediators.electedOn} rules={[required]}>
            <Input type="date" data-testid="mediator-elected-on" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="method" label={t.mediators.method} rules={[required]}>
            <Select
              options={electionMethods.map((value) => ({ value, label: t.mediators.methods[value] }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="votesFor" label={t.mediators.votesFor} extra={t.mediators.votesHint} rules={[required]}>
            <InputNumber<number> min={0} max={100_000} precision={0} style={{ width: '100%' }} data-testid="mediator-votes" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12} align="middle">
        <Col xs={24} md={10}>
          <Form.Item name="recognitionRef" label={t.mediators.recognitionRef}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Flex gap={16} wrap>
            <Form.Item name="isEthnicMinority" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t.mediators.isEthnicMinority}</Checkbox>
            </Form.Item>
            <Form.Item name="isLeader" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t.mediators.isLeader}</Checkbox>
            </Form.Item>
          </Flex>
        </Col>
      </Row>
      <Flex justify="end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="mediator-submit">
          {t.mediators.add}
        </Button>
      </Flex>
    </Form>
  );
}
