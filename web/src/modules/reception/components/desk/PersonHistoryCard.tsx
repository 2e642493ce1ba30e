import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Input, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { labelOf } from '../../../../platform/i18n/labels';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { receptionApi, type PersonHistory, type PersonHistoryItem } from '../../api/receptionApi';

const typeColours: Record<PersonHistoryItem['type'], string> = { visit: 'blue', petition: 'purple', dialogue: 'cyan', commitment: 'green' };

/**
 * A citizen's earlier visits, petitions, dialogues and commitments at the unit, looked up by the ID
 * number (sent in the request's body, never in an address; the lookup is logged).
 */
export function PersonHistoryCard({ unitId }: { unitId: string }) {
  const { m, locale } = useI18n();
  const t = m.reception.history;
  const handleProblem = useProblemHandler();
  const [idNumber, setIdNumber] = useState('');
  const [result, setResult] = useState<PersonHistory | null>(null);
  const [busy, setBusy] = useState(false);
  const isValid = /^\d{12}$/.test(idNumber);

  const lookUp = async () => {
    if (!isValid) return;
    setBusy(true);
    try {
      setResult(await receptionApi.personHistory(unitId, idNumber));
    } catch (error) {
      handleProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const status = (item: PersonHistoryItem) => {
    const tables: Record<PersonHistoryItem['type'], Record<string, string>> = {
      visit: m.reception.outcomes,
      petition: m.petitions.statuses,
      dialogue: m.dialogues.statuses,
      commitment: m.commitments.statuses,
    };
    return labelOf(tables[item.type], item.status) ?? item.status;
  };
  const target = (item: PersonHistoryItem) =>
    item.type === 'petition'
      ? `/petitions/${item.id}`
      : item.type === 'dialogue'
        ? `/dialogues?open=${item.id}`
        : item.type === 'commitment'
          ? `/commitments?open=${item.id}`
          : null;

  return (
    <Card size="small" title={t.title} data-testid="person-history">
      <Flex gap={8} wrap>
        <Input
          value={idNumber}
          onChange={(event) => setIdNumber(event.target.value.replace(/\D/g, ''))}
          onPressEnter={() => void lookUp()}
          inputMode="numeric"
          maxLength={12}
          autoComplete="off"
          placeholder={t.idNumber}
          aria-label={t.idNumber}
          style={{ flex: '1 1 180px', maxWidth: 260 }}
          data-testid="history-id"
        />
        <Button icon={<HistoryOutlined />} onClick={() => void lookUp()} loading={busy} disabled={!isValid} data-testid="history-submit">
          {t.lookUp}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0 12px' }}>
        {t.hint}
      </Typography.Paragraph>
      {result && result.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.none} />}
      {result && result.items.length > 0 && (
        <Timeline
          data-testid="history-items"
          items={result.items.map((item) => {
            const to = target(item);
            return {
              key: `${item.type}:${item.id}`,
              color: typeColours[item.type],
              content: (
                <div data-type={item.type}>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {formatMinute(item.at, locale)}
                  </Typography.Text>
                  <Tag color={typeColours[item.type]}>{t.types[item.type]}</Tag>
                  <Tag>{status(item)}</Tag>
                  <div>{to ? <Link to={to}>{item.summary}</Link> : item.summary}</div>
                </div>
              ),
            };
          })}
        />
      )}
      {result?.protectedHidden && <Alert type="info" showIcon title={t.protectedHidden} data-testid="history-protected" />}
    </Card>
  );
}
