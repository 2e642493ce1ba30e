import { DownloadOutlined, FileImageOutlined, FilePdfOutlined, LockOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, List, Select, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { formatBytes } from '../../../../platform/format/numbers';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { petitionFileKinds, type PetitionFile, type PetitionFileKind } from '@contracts/petition-records';
import type { Petition } from '@contracts/petitions';
import { formatMinute } from '../../../dossiers/dossierText';
import { recordsApi } from '../../api/recordsApi';
import { FileReadModal } from './FileReadModal';

const maxBytes = 20 * 1024 * 1024;

/**
 * The scans of a petition (its pages, the forwarding letter, evidence): attached by the unit's
 * officers; a protected petition's open only under an identity clearance, for a stated purpose.
 */
export function PetitionFilesCard({ petition, canAttach }: { petition: Petition; canAttach: boolean }) {
  const { m, locale } = useI18n();
  const t = m.petitionRecords.files;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const files = useApiQuery(`petition-files:${petition.id}`, (signal) => recordsApi.files(petition.id, signal));
  const [kind, setKind] = useState<PetitionFileKind>('page');
  const [uploading, setUploading] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const [reading, setReading] = useState<PetitionFile | null>(null);
  const items = files.data?.items ?? [];
  const isProtected = petition.isIdentityProtected || items.some((file) => file.needsClearance);
  // On a phone the controls go under the title, which they would otherwise crowd out.
  const isPhone = useIsPhone();

  const upload = (file: File) => {
    if (file.size > maxBytes) {
      void message.error(t.tooLarge);
      return;
    }
    setUploading(true);
    recordsApi
      .attach(petition.id, kind, file)
      .then((created) => {
        void message.success(format(t.attached, { name: created.name }));
        files.reload();
      }, handleProblem)
      .finally(() => setUploading(false));
  };

  const open = (file: PetitionFile) => {
    if (file.needsClearance) {
      setReading(file);
      return;
    }
    setOpening(file.id);
    recordsApi
      .read(petition.id, file)
      .catch(handleProblem)
      .finally(() => setOpening(null));
  };

  const attachControls = (
    <Flex gap={8} wrap justify={isPhone ? 'start' : 'end'}>
      <Select<PetitionFileKind>
        size="small"
        value={kind}
        onChange={setKind}
        aria-label={t.kind}
        style={{ width: 210 }}
        options={petitionFileKinds.map((value) => ({ value, label: t.kinds[value] }))}
        data-testid="petition-files-kind"
      />
      <Upload
        accept="application/pdf,image/jpeg,image/png"
        showUploadList={false}
        beforeUpload={(file) => {
          upload(file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={uploading} title={t.hint} data-testid="petition-files-attach">
          {t.attach}
        </Button>
      </Upload>
    </Flex>
  );

  return (
    <Card
      size="small"
      title={t.title}
      style={{ marginBottom: 16 }}
      data-testid="petition-files"
      extra={canAttach && !isPhone ? attachControls : null}
    >
      {canAttach && isPhone && <div style={{ marginBottom: 8 }}>{attachControls}</div>}
      {isProtected && (
        <Alert type="warning" showIcon icon={<LockOutlined />} title={t.protectedHint} style={{ marginBottom: 8, fontSize: 13 }} />
      )}
      <List
        size="small"
        loading={files.loading}
        dataSource={items}
        locale={{ emptyText: t.none }}
        renderItem={(file) => (
          <List.Item
            data-testid="petition-file"
            data-kind={file.kind}
            actions={[
              <Button
                key="open"
                size="small"
                type="link"
                icon={file.needsClearance ? <LockOutlined /> : <DownloadOutlined />}
                loading={opening === file.id}
                onClick={() => open(file)}
                data-testid="petition-file-open"
              >
                {t.open}
              </Button>,
            ]}
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Typography.Text ellipsis={{ tooltip: file.name }}>
                {file.contentType === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />} {file.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Tag bordered={false}>{t.kinds[file.kind]}</Tag>
                {format(t.meta, { size: formatBytes(file.size, locale), at: formatMinute(file.createdAt, locale) })}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <FileReadModal petitionId={petition.id} file={reading} onClose={() => setReading(null)} />
    </Card>
  );
}
