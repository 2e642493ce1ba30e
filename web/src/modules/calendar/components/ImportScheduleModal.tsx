import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError, type Problem } from '../../../platform/api/problem';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { FieldErrorTable } from '../../../platform/components/FieldErrorTable';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { YearSchedule } from '@contracts/calendar';
import { calendarApi } from '../api/calendarApi';

type Props = {
  open: boolean;
  year: number;
  /** The version shown, sent as If-Match (0 for a shipped or missing schedule). */
  version: number;
  current: YearSchedule | null;
  onClose: () => void;
  onSaved: () => void;
};

type Failure = { kind: 'json'; message: string } | { kind: 'problem'; problem: Problem } | { kind: 'stale' };

/** Replaces a year's official schedule with pasted or picked JSON; field errors are listed. */
export function ImportScheduleModal({ open, year, version, current, onClose, onSaved }: Props) {
  const { m } = useI18n();
  const s = m.calendar.schedule;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [content, setContent] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  const [wasOpen, setWasOpen] = useState(false);
  if (open !== wasOpen) {
    // Each opening starts from the schedule shown, ready to edit.
    setWasOpen(open);
    if (open) {
      setContent(current ? JSON.stringify(current, null, 2) : '');
      setFailure(null);
    }
  }

  const save = async () => {
    let body: unknown;
    try {
      body = JSON.parse(content);
    } catch (error) {
      setFailure({ kind: 'json', message: (error as Error).message });
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await calendarApi.saveSchedule(year, body, version);
      void message.success(format(s.saved, { year }));
      onSaved();
    } catch (error) {
      if (isApiError(error) && error.status === 412) setFailure({ kind: 'stale' });
      else if (isApiError(error) && error.problem.errors?.length) setFailure({ kind: 'problem', problem: error.problem });
      else handleProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={format(s.importTitle, { year })}
      onCancel={onClose}
      width={820}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{m.common.close}</Button>
          <Button
            type="primary"
            loading={saving}
            disabled={!content.trim()}
            onClick={() => void save()}
            data-testid="schedule-import-submit"
          >
            {s.submit}
          </Button>
        </Flex>
      }
    >
      <Flex justify="end" style={{ marginBottom: 8 }}>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((text) => {
              setContent(text);
              setFailure(null);
              void message.info(format(s.fileLoaded, { name: file.name }));
            });
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />}>{s.pickFile}</Button>
        </Upload>
      </Flex>
      <Input.TextArea
        aria-label={s.content}
        rows={16}
        value={content}
        placeholder={s.contentPlaceholder}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        data-testid="schedule-import-content"
        onChange={(event) => {
          setContent(event.target.value);
          setFailure(null);
        }}
      />
      {failure?.kind === 'json' && (
        <Alert type="error" showIcon style={{ marginTop: 16 }} title={format(s.invalidJson, { message: failure.message })} />
      )}
      {failure?.kind === 'stale' && (
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title={m.errors.staleTitle} description={m.errors.staleDetail} />
      )}
      {failure?.kind === 'problem' && (
        <div style={{ marginTop: 16 }} data-testid="schedule-import-errors">
          <Alert type="error" showIcon title={failure.problem.title} description={failure.problem.detail} style={{ marginBottom: 12 }} />
          <Typography.Title level={5}>{s.errorsTitle}</Typography.Title>
          <FieldErrorTable errors={failure.problem.errors ?? []} />
        </div>
      )}
    </Modal>
  );
}
