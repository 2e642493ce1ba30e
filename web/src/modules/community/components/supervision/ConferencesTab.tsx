import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { foldedSearch, optionalText } from '../../../reception/receptionText';
import { supervisionApi, type ConferenceBody, type ConferenceYearView } from '../../api/supervisionApi';
import { useCommunityText } from '../../communityText';
import { useCommunes } from '../../hooks/useCommunes';

type VillageRow = ConferenceYearView['villages'][number];
type Values = Partial<ConferenceBody>;

/** A commune's villages in a year and whether each held its year-end conference (art. 33), with one recorded. */
export function ConferencesTab() {
  const text = useCommunityText();
  const t = text.supervision;
  const { can } = useAuth();
  const { communes, firstId } = useCommunes();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [year, setYear] = useState(Number(todayInVietnam().slice(0, 4)));
  const [recording, setRecording] = useState<string | null>(null);
  const unitId = chosen ?? firstId;
  const loaded = useApiQuery(unitId ? `conferences:${unitId}:${year}` : null, (signal) =>
    supervisionApi.conferences(unitId ?? '', year, signal),
  );
  const data = loaded.data;
  const canManage = can('community.manage');

  return (
    <div data-testid="conferences-tab">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          showSearch={foldedSearch}
          aria-label={t.commune}
          placeholder={t.commune}
          style={{ width: 280, maxWidth: '100%' }}
          value={unitId}
          options={communes}
          onChange={(value: string) => setChosen(value)}
        />
        <InputNumber aria-label={t.year} min={1990} max={2100} value={year} onChange={(value) => value && setYear(value)} />
        {data && (
          <Typography.Text strong data-testid="conferences-count">
            {format(t.heldCount, { held: data.held, missing: data.missing })}
          </Typography.Text>
        )}
      </Flex>
      <Table<VillageRow>
        rowKey="unitId"
        size="small"
        loading={loaded.loading}
        dataSource={data?.villages ?? []}
        pagination={false}
        locale={{ emptyText: t.noVillages }}
        columns={[
          { key: 'village', title: text.common.village, render: (_value, row) => <strong>{row.unitName}</strong> },
          {
            key: 'held',
            title: t.heldOn,
            render: (_value, row) =>
              row.conference ? (
                <Flex vertical>
                  <span>
                    <Tag color="green">{formatDate(row.conference.heldOn)}</Tag>
                    {t.attendees}: {row.conference.attendees}
                  </span>
                  {row.conference.minutesRef ? <Typography.Text type="secondary">{row.conference.minutesRef}</Typography.Text> : null}
                </Flex>
              ) : (
                <Flex gap={8} wrap align="center">
                  <Tag color="orange">{t.notHeld}</Tag>
                  {canManage && (
                    <Button size="small" onClick={() => setRecording(row.unitId)} data-testid="conference-record">
                      {t.recordConference}
                    </Button>
                  )}
                </Flex>
              ),
          },
        ]}
      />
      <ConferenceModal
        villageId={recording}
        villageName={data?.villages.find((row) => row.unitId === recording)?.unitName ?? ''}
        year={year}
        onClose={() => setRecording(null)}
        onRecorded={() => {
          setRecording(null);
          loaded.reload();
        }}
      />
    </div>
  );
}

type ModalProps = { villageId: string | null; villageName: string; year: number; onClose: () => void; onRecorded: () => void };

function ConferenceModal({ villageId, villageName, year, onClose, onRecorded }: ModalProps) {
  const text = useCommunityText();
  const t = text.supervision;
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const today = todayInVietnam();
  const onFinish = async (values: Values) => {
    if (!villageId) return;
    setBusy(true);
    try {
      const minutesRef = optionalText(values.minutesRef);
      await supervisionApi.recordConference({
        unitId: villageId,
        heldOn: values.heldOn ?? today,
        attendees: values.attendees ?? 1,
        ...(minutesRef ? { minutesRef } : {}),
      });
      void message.success(t.conferenceRecorded);
      onRecorded();
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={villageId !== null} title={`${t.recordConference}: ${villageName}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ heldOn: today.startsWith(String(year)) ? today : `${year}-12-15` }}
        onFinish={(values) => void onFinish(values)}
        data-testid="conference-form"
      >
        <Flex gap={12} wrap>
          <Form.Item name="heldOn" label={t.heldOn} rules={[{ required: true, message: m.common.required }]} style={{ flex: '1 1 150px' }}>
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="attendees"
            label={t.attendees}
            rules={[{ required: true, message: m.common.required }]}
            style={{ flex: '1 1 120px' }}
          >
            <InputNumber min={1} max={100_000} style={{ width: '100%' }} data-testid="conference-attendees" />
          </Form.Item>
        </Flex>
        <Form.Item name="minutesRef" label={t.minutesRef}>
          <Input maxLength={100} />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="conference-submit">
            {text.common.submit}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
