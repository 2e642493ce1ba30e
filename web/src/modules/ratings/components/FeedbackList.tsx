import { App, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useAuth } from '../../../platform/auth/useAuth';
import { useServerPagination } from '../../../platform/components/useServerPagination';
import { formatDateTime } from '../../../platform/format/dates';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../platform/i18n/useI18n';
import { feedbackFindings, feedbackSubjects, type Feedback, type FeedbackFinding, type FeedbackSubject } from '@contracts/ratings';
import { ratingsApi } from '../api/ratingsApi';

/** Feedback items of the unit (unsatisfied ratings with a comment), earliest deadline first; the leader answers them. */
export function FeedbackList({ unitId }: { unitId: string }) {
  const { m, locale } = useI18n();
  const r = m.ratings;
  const { can } = useAuth();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [answering, setAnswering] = useState<Feedback | null>(null);
  const [answer, setAnswer] = useState('');
  const [subject, setSubject] = useState<FeedbackSubject | undefined>();
  const [finding, setFinding] = useState<FeedbackFinding | undefined>();
  const [saving, setSaving] = useState(false);
  const list = useApiQuery(`${unitId}:${paging.page}:${paging.pageSize}`, (signal) => ratingsApi.feedback({ unitId, ...paging }, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  // On a phone one column holds the item: dossier, officer, comment and answer, deadline, status and the answer link.
  const isPhone = useIsPhone();
  const dueText = (row: Feedback) => (
    <>
      {formatDateTime(row.dueAt, locale)}{' '}
      {row.status === 'open' && Date.parse(row.dueAt) < Date.now() ? <Tag color="red">{r.overdue}</Tag> : null}
    </>
  );
  const statusTag = (row: Feedback) => <Tag color={row.status === 'open' ? 'gold' : 'green'}>{r.feedbackStatus[row.status]}</Tag>;
  const answerLink = (row: Feedback) =>
    row.status === 'open' && can('feedback.answer') ? (
      <Typography.Link onClick={() => setAnswering(row)}>{r.answer}</Typography.Link>
    ) : null;
  const commentText = (row: Feedback) => (
    <>
      <Typography.Paragraph style={{ margin: 0 }}>{row.comment}</Typography.Paragraph>
      {row.answer ? <Typography.Text type="secondary">↳ {row.answer}</Typography.Text> : null}
    </>
  );

  const save = async () => {
    if (!answering) return;
    setSaving(true);
    try {
      await ratingsApi.answer(answering, { answer, ...(subject ? { subject } : {}), ...(finding ? { finding } : {}) });
      message.success(r.answered);
      setAnswering(null);
      setAnswer('');
      setSubject(undefined);
      setFinding(undefined);
      list.reload();
    } catch (error) {
      handleProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Table<Feedback>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={pagination}
        columns={[
          {
            title: r.feedbackColumns.comment,
            key: 'item',
            hidden: !isPhone,
            render: (_, row) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  <Link to={`/dossiers/${row.dossierId}`}>{row.dossierCode ?? '—'}</Link>
                  {statusTag(row)}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.officerName}
                </Typography.Text>
                {commentText(row)}
                <Typography.Text style={{ fontSize: 12 }}>
                  {r.feedbackColumns.due}: {dueText(row)}
                </Typography.Text>
                {answerLink(row)}
              </Flex>
            ),
          },
          {
            title: r.feedbackColumns.dossier,
            key: 'dossier',
            hidden: isPhone,
            render: (_, row) => <Link to={`/dossiers/${row.dossierId}`}>{row.dossierCode ?? '—'}</Link>,
          },
          { title: r.feedbackColumns.officer, dataIndex: 'officerName', key: 'officer', hidden: isPhone },
          { title: r.feedbackColumns.comment, key: 'comment', hidden: isPhone, render: (_, row) => commentText(row) },
          { title: r.feedbackColumns.due, key: 'due', hidden: isPhone, render: (_, row) => dueText(row) },
          { title: r.feedbackColumns.status, key: 'status', hidden: isPhone, render: (_, row) => statusTag(row) },
          { title: '', key: 'actions', hidden: isPhone, render: (_, row) => answerLink(row) },
        ]}
      />
      <Modal
        open={answering !== null}
        title={r.answerTitle}
        okText={r.answer}
        confirmLoading={saving}
        onOk={save}
        onCancel={() => setAnswering(null)}
        okButtonProps={{ disabled: answer.trim().length < 5 }}
      >
        <Typography.Paragraph type="secondary">{answering?.comment}</Typography.Paragraph>
        <Input.TextArea
          rows={4}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
          placeholder={r.answerPlaceholder}
          maxLength={4000}
        />
        <Form layout="vertical" style={{ marginTop: 16 }}>
          <Form.Item label={r.subjectLabel} extra={r.subjectHint}>
            <Select
              allowClear
              value={subject}
              onChange={setSubject}
              options={feedbackSubjects.map((value) => ({ value, label: r.subjects[value] }))}
              data-testid="feedback-subject"
            />
          </Form.Item>
          <Form.Item label={r.findingLabel} extra={r.findingHint}>
            <Select
              allowClear
              value={finding}
              onChange={setFinding}
              options={feedbackFindings.map((value) => ({ value, label: r.findings[value] }))}
              data-testid="feedback-finding"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
