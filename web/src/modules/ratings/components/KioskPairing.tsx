import { App, Button, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { QrCode } from '../../../platform/components/QrCode';
import { formatDateTime } from '../../../platform/format/dates';
import { useI18n } from '../../../platform/i18n/useI18n';
import { ratingsApi } from '../api/ratingsApi';

/** Pairs the tablet facing the citizen with the signed-in counter officer; lists and revokes the unit's kiosks. */
export function KioskPairing({ unitId }: { unitId: string }) {
  const { m, locale } = useI18n();
  const r = m.ratings;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const [label, setLabel] = useState('Quầy 1');
  const [path, setPath] = useState<string | null>(null);
  const kiosks = useApiQuery(unitId, (signal) => ratingsApi.kiosks(unitId, signal));

  const pair = async () => {
    try {
      const kiosk = await ratingsApi.pairKiosk(unitId, label);
      setPath(kiosk.path);
      kiosks.reload();
    } catch (error) {
      handleProblem(error);
    }
  };
  const revoke = async (id: string) => {
    try {
      await ratingsApi.revokeKiosk(id);
      message.success(r.revoked);
      kiosks.reload();
    } catch (error) {
      handleProblem(error);
    }
  };
  const url = path ? `${window.location.origin}${path}` : null;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Paragraph>{r.kioskHelp}</Typography.Paragraph>
      <Flex gap={8} wrap>
        <Input
          aria-label={r.kioskLabel}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          maxLength={100}
          style={{ maxWidth: 240 }}
        />
        <Button type="primary" onClick={pair} data-testid="pair-kiosk">
          {r.pair}
        </Button>
      </Flex>
      {url ? (
        <Flex gap={16} wrap align="start" data-testid="kiosk-paired">
          <QrCode value={url} title={r.kioskQr} testId="kiosk-qr" />
          <Flex vertical gap={4} style={{ flex: '1 1 240px', minWidth: 0 }}>
            <Typography.Text strong>{r.scanKiosk}</Typography.Text>
            <Typography.Text type="secondary">{r.paired}</Typography.Text>
            <Typography.Link href={url} target="_blank" copyable style={{ wordBreak: 'break-all' }} data-testid="kiosk-link">
              {url}
            </Typography.Link>
          </Flex>
        </Flex>
      ) : null}
      <List
        header={r.kiosksList}
        size="small"
        bordered
        loading={kiosks.loading}
        dataSource={kiosks.data?.items ?? []}
        renderItem={(kiosk) => (
          <List.Item
            actions={[
              <Typography.Link key="revoke" onClick={() => revoke(kiosk.id)}>
                {r.revoke}
              </Typography.Link>,
            ]}
          >
            {kiosk.label} · {kiosk.officerName} · {formatDateTime(kiosk.createdAt, locale)}
          </List.Item>
        )}
      />
    </Flex>
  );
}
