import { App, Button, Checkbox, Col, Collapse, Flex, Form, Input, Modal, Row, Select } from 'antd';
import { useRef, useState } from 'react';
import { mediationExclusions, mediationFields, mediationGrounds, type MediationCase } from '@contracts/community';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { nowInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { newIdempotencyKey } from '../../../dossiers/api/dossiersApi';
import { foldedSearch } from '../../../reception/receptionText';
import { mediationApi } from '../../api/mediationApi';
import { useCommunityText } from '../../communityText';
import { useVillages } from '../../hooks/useVillages';
import { newCaseValues, toCase, type CaseValues } from './caseForm';
import { PartiesEditor } from './PartiesEditor';

type Props = { open: boolean; teamId?: string; onClose: () => void; onOpened: (made: MediationCase) => void };

/** A case entered in a team's book: the parties, what it is about, the mediators who take it (or why it is out of scope). */
export function OpenCaseModal({ open, teamId, onClose, onOpened }: Props) {
  const t = useCommunityText();
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { unitId } = useVillages();
  const [form] = Form.useForm<CaseValues>();
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const chosenTeam = Form.useWatch('teamId', form);
  const exclusion = Form.useWatch('exclusion', form);
  const teams = useApiQuery(open && unitId ? `teams-for-case:${unitId}` : null, (signal) =>
    mediationApi.teams({ unitId: unitId ?? undefined, pageSize: 200 }, signal),
  );
  const team = teams.data?.items.find((item) => item.id === chosenTeam);
  const mediators = (team?.mediators ?? []).filter((mediator) => mediator.endedOn === null);
  const required = { required: true, message: m.common.required };

  const onFinish = async (values: CaseValues) => {
    setBusy(true);
    try {
      const made = await mediationApi.open(toCase(values), idempotencyKey.current);
      idempotencyKey.current = newIdempotencyKey();
      void message.success(format(t.cases.opened, { bookNo: made.bookNo, year: made.year }));
      onOpened(made);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.cases.open} onCancel={onClose} footer={null} width={820} destroyOnHidden>
      <Form<CaseValues>
        form={form}
        layout="vertical"
        initialValues={{ ...newCaseValues(nowInVietnam()), teamId }}
        onFinish={(values) => void onFinish(values)}
        data-testid="case-form"
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="teamId" label={t.cases.team} rules={[required]}>
              <Select
                showSearch={foldedSearch}
                loading={teams.loading}
                options={(teams.data?.items ?? []).map((item) => ({ value: item.id, label: `${item.name} · ${item.unitName}` }))}
                onChange={() => form.setFieldsValue({ mediatorIds: [] })}
                data-testid="case-team"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="receivedAt" label={t.cases.receivedAt} rules={[required]}>
              <Input type="datetime-local" data-testid="case-received-at" />
            </Form.Item>
          </Col>
        </Row>
        <PartiesEditor />
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="grounds" label={t.cases.grounds} rules={[required]}>
              <Select
                options={mediationGrounds.map((value) => ({ value, label: t.cases.groundsLabels[value] }))}
                data-testid="case-grounds"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="field" label={t.cases.field} rules={[required]}>
              <Select options={mediationFields.map((value) => ({ value, label: t.cases.fields[value] }))} data-testid="case-field" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t.cases.summary} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="case-summary" />
        </Form.Item>
        <Row gutter={12} align="bottom">
          <Col xs={24} md={16}>
            <Form.Item name="mediatorIds" label={t.cases.mediatorIds}>
              <Select
                mode="multiple"
                options={mediators.map((mediator) => ({ value: mediator.id, label: mediator.fullName }))}
                data-testid="case-mediators"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="chosenByParties" valuePropName="checked">
              <Checkbox data-testid="case-chosen-by-parties">{t.cases.chosenByParties}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Collapse
          ghost
          size="small"
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'exclusion',
              label: t.cases.exclusion,
              forceRender: true,
              children: (
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item name="exclusion" label={t.cases.exclusion}>
                      <Select allowClear options={mediationExclusions.map((value) => ({ value, label: t.cases.exclusions[value] }))} />
                    </Form.Item>
                  </Col>
                  {exclusion && (
                    <Col xs={24} md={12}>
                      <Form.Item name="referredTo" label={t.cases.referredTo} rules={[{ ...required, whitespace: true }]}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                  )}
                </Row>
              ),
            },
          ]}
        />
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="case-submit">
            {t.cases.open}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
