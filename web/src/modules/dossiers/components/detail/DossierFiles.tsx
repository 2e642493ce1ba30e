import { FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, List, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { formatDateTime } from '../../../../platform/format/dates';
import { formatBytes } from '../../../../platform/format/numbers';
import { format } from '../../../../platform/i18n/format';
import { labelOf } from '../../../../platform/i18n/labels';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierDetail, fileKinds } from '@contracts/dossiers';
import { dossiersApi } from '../../api/dossiersApi';

const maxBytes = 20 * 1024 * 1024;

/**
 * The dossier's files — scans of the papers received (from the counter or the online submission)
 * and result documents — each opening with the sign-in cookie; officers who act on the dossier attach more.
 */
export function DossierFiles({ dossier, canAttach }: { dossier: DossierDetail; canAttach: boolean }) {
  const { m, locale } = useI18n();
  const t = m.dossiers.files;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const files = useApiQuery(`dossier-files:${dossier.id}`, (signal) => dossiersApi.files(dossier.id, signal));
  const [busy, setBusy] = useState(false);

  const attach = (kind: (typeof fileKinds)[number]) => (
    <Upload
      accept="application/pdf,image/jpeg,image/png"
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > maxBytes) {
          void message.error(t.hint);
          return Upload.LIST_IGNORE;
        }
        setBusy(true);
        dossiersApi
          .attachFile(dossier.id, kind, file)
          .then((created) => {
            void message.success(format(t.attached, { name: created.name }));
            files.reload();
          }, handleProblem)
          .finally(() => setBusy(false));
        return false;
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid={`files-attach-${kind}`}>
        {kind === 'result' ? t.attachResult : t.attachScan}
      </Button>
    </Upload>
  );

  const items = files.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t.title}
      style={{ marginBottom: 16 }}
      data-testid="dossier-files"
      extra={
        canAttach ? (
          <Flex gap={8}>
            {attach('submitted')}
            {['processing', 'result_ready'].includes(dossier.status) ? attach('result') : null}
          </Flex>
        ) : null
      }
    >
      <List
        size="small"
        loading={files.loading}
        dataSource={items}
        locale={{ emptyText: t.none }}
        renderItem={(file) => (
          <List.Item data-testid="dossier-file">
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Typography.Link href={dossiersApi.fileUrl(file.id)} target="_blank" rel="noopener">
                {file.contentType === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />} {file.name}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Tag bordered={false}>{labelOf(t.kinds, file.kind) ?? file.kind}</Tag>
                {format(t.by, {
                  size: formatBytes(file.size, locale),
                  at: formatDateTime(file.createdAt, locale),
                  by: file.createdBy ?? '',
                })}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
