import { App, Button, Card, Col, Descriptions, Flex, Form, Input, InputNumber, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { optionalText } from '../../../reception/receptionText';
import { modelsApi, type ContestView } from '../../api/modelsApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { BackBar, RecordPending } from '../PageTop';

type Entry = ContestView['entries'][number];
type Values = { title?: string; author?: string; submittedOn?: string; score?: number | null; prize?: string };

/** A contest with its entries, and an entry added within its period (with its score and prize once judged). */
export function ContestPage() {
  const t = useCommunityText();
  const { m } = useI18n();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const loaded = useApiQuery(`contest:${id}`, (signal) => modelsApi.contest(id, signal));
  const contest = loaded.data;
  const required = { required: true, whitespace: true, message: m.common.required };

  if (!contest) return <RecordPending back={communityPaths.models} failed={loaded.problem !== null} loading={loaded.loading} />;

  const onFinish = async (values: Values) => {
    setBusy(true);
    try {
      const prize = optionalText(values.prize);
      await modelsApi.addEntry(contest.id, {
        title: values.title?.trim() ?? '',
        author: values.author?.trim() ?? '',
        submittedOn: values.submittedOn ?? '',
        ...(values.score !== null && values.score !== undefined ? { score: values.score } : {}),
        ...(prize ? { prize } : {}),
      });
      void message.success(t.contests.entryAdded);
      form.resetFields();
      loaded.reload();
    } catch (error) {
      handleProblem(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="contest-page">
      <Card style={{ marginBottom: 16 }}>
        <BackBar to={communityPaths.models} loading={loaded.loading} onReload={loaded.reload} />
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {contest.title}
        </Typography.Title>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: isPhone ? 110 : 190 } }}
          items={[
            { key: 'organiser', label: t.contests.organiser, children: contest.organiser },
            { key: 'period', label: t.contests.opensOn, children: `${formatDate(contest.opensOn)} – ${formatDate(contest.closesOn)}` },
            ...(contest.rules ? [{ key: 'rules', label: t.contests.rules, children: contest.rules }] : []),
          ]}
        />
      </Card>
      <Card title={t.contests.entries} style={{ marginBottom: 16 }}>
        <Table<Entry>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={contest.entries}
          locale={{ emptyText: t.contests.empty }}
          scroll={isPhone ? undefined : { x: 600 }}
          columns={[
            { key: 'title', title: t.contests.entryTitle, render: (_value, entry) => <strong>{entry.title}</strong> },
            { key: 'author', title: t.contests.author, width: 180, render: (_value, entry) => entry.author },
            {
              key: 'submitted',
              title: t.contests.submittedOn,
              width: 110,
              hidden: isPhone,
              render: (_value, entry) => formatDate(entry.submittedOn),
            },
            { key: 'score', title: t.contests.score, width: 70, hidden: isPhone, render: (_value, entry) => entry.score ?? '—' },
            { key: 'prize', title: t.contests.prize, width: 120, render: (_value, entry) => entry.prize ?? '—' },
          ]}
        />
      </Card>
      {can('community.manage') && (
        <Card title={t.contests.addEntry}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ submittedOn: todayInVietnam() }}
            onFinish={(values) => void onFinish(values)}
          >
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="title" label={t.contests.entryTitle} rules={[required]}>
                  <Input maxLength={300} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="author" label={t.contests.author} rules={[required]}>
                  <Input maxLength={300} />
                </Form.Item>
              </Col>
            </Row>
            <Flex gap={12} wrap align="end">
              <Form.Item name="submittedOn" label={t.contests.submittedOn} rules={[required]}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="score" label={t.contests.score}>
                <InputNumber<number> min={0} max={100} precision={0} style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="prize" label={t.contests.prize}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={busy}>
                  {t.contests.addEntry}
                </Button>
              </Form.Item>
            </Flex>
          </Form>
        </Card>
      )}
    </div>
  );
}
