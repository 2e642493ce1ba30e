import { App, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useAuth } from '../../../platform/auth/useAuth';
import { useServerPagination } from '../../../platform/components/useServerPagination';
import { formatDateTime } from '../../../platform/format/dates';
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
            title: r.feedbackColumns.dossier,
            key: 'dossier',
            render: (_, row) => <Link to={`/dossiers/${row.dossierId}`}>{row.dossierCode ?? '—'}</Link>,
          },
          { title: r.feedbackColumns.officer, dataIndex: 'officerName', key: 'officer' },
          {
            title: r.feedbackColumns.comment,
            key: 'comment',
            render: (_, row) => (
              <>
                <Typography.Paragraph style={{ margin: 0 }}>{row.comment}</Typography.Paragraph>
                {row.answer ? <Typography.Text type="secondary">↳ {row.answer}</Typography.Text> : null}
              </>
            ),
          },
          {
            title: r.feedbackColumns.due,
            key: 'due',
            render: (_, row) => (
              <>
                {formatDateTime(row.dueAt, locale)}{' '}
                {row.status === 'open' && Date.parse(row.dueAt) < Date.now() ? <Tag color="red">{r.overdue}</Tag> : null}
              </>
            ),
          },
          {
            title: r.feedbackColumns.status,
            key: 'status',
            render: (_, row) => <Tag color={row.status === 'open' ? 'gold' : 'green'}>{r.feedbackStatus[row.status]}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            render: (_, row) =>
              row.status === 'open' && can('feedback.answer') ? (
                <Typography.Link onClick={() => setAnswering(row)}>{r.answer}</Typography.Link>
              ) : null,
          },
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
