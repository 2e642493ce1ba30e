import { App, Button, Checkbox, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { Team } from '@contracts/community';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch, optionalText } from '../../../reception/receptionText';
import { mediationApi } from '../../api/mediationApi';
import { useCommunityText } from '../../communityText';
import type { VillageOption } from '../../hooks/useVillages';

type Values = { unitId?: string; name?: string; decisionRef?: string; establishedOn?: string; requiresEthnicMinority?: boolean };
type Props = { open: boolean; villages: VillageOption[]; onClose: () => void; onCreated: (team: Team) => void };

/** A village's mediation team: its name, the decision that set it up, and whether it serves an ethnic-minority area. */
export function CreateTeamModal({ open, villages, onClose, onCreated }: Props) {
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
      const decisionRef = optionalText(values.decisionRef);
      const team = await mediationApi.createTeam({
        unitId: values.unitId ?? '',
        name: values.name?.trim() ?? '',
        establishedOn: values.establishedOn ?? '',
        requiresEthnicMinority: values.requiresEthnicMinority ?? false,
        ...(decisionRef ? { decisionRef } : {}),
      });
      void message.success(t.teams.created);
      onCreated(team);
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t.teams.create} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ establishedOn: todayInVietnam(), requiresEthnicMinority: false }}
        onFinish={(values) => void onFinish(values)}
        data-testid="team-form"
      >
        <Form.Item name="unitId" label={t.common.village} rules={[required]}>
          <Select showSearch={foldedSearch} options={villages} data-testid="team-village" />
        </Form.Item>
        <Form.Item name="name" label={t.teams.name} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} data-testid="team-name" />
        </Form.Item>
        <Form.Item name="decisionRef" label={t.teams.decisionRef}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="establishedOn" label={t.teams.establishedOn} rules={[required]}>
          <Input type="date" data-testid="team-established-on" />
        </Form.Item>
        <Form.Item name="requiresEthnicMinority" valuePropName="checked">
          <Checkbox>{t.teams.requiresEthnicMinority}</Checkbox>
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="team-submit">
            {t.teams.create}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
