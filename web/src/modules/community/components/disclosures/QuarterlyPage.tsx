import { Alert, Card, Flex, InputNumber, List, Segmented, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { foldedSearch } from '../../../reception/receptionText';
import { disclosuresApi } from '../../api/disclosuresApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useCommunes } from '../../hooks/useCommunes';
import { BackBar } from '../PageTop';
import { DisclosureTable } from './DisclosureTable';

/** The quarterly list of what a commune disclosed (art. 13), and the items it disclosed nothing for. */
export function QuarterlyPage() {
  const text = useCommunityText();
  const t = text.disclosures;
  const navigate = useNavigate();
  const today = todayInVietnam();
  const { communes, firstId } = useCommunes();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [quarter, setQuarter] = useState(Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1);
  const unitId = chosen ?? firstId;
  const query = unitId ? { unitId, year, quarter } : null;
  const list = useApiQuery(query ? `disclosures-quarterly:${JSON.stringify(query)}` : null, (signal) =>
    disclosuresApi.quarterly(query ?? { unitId: '', year, quarter }, signal),
  );
  const data = list.data;

  return (
    <Flex vertical gap={16} data-testid="quarterly-page">
      <Card title={t.quarterly}>
        <BackBar to={communityPaths.disclosures} loading={list.loading} onReload={list.reload} />
        <Flex gap={12} wrap align="center">
          <Select
            showSearch={foldedSearch}
            aria-label={t.commune}
            placeholder={t.commune}
            style={{ width: 280, maxWidth: '100%' }}
            value={unitId}
            options={communes}
            onChange={(value: string) => setChosen(value)}
            data-testid="quarterly-unit"
          />
          <InputNumber aria-label={t.year} min={1990} max={2100} value={year} onChange={(value) => value && setYear(value)} />
          <Segmented<number>
            value={quarter}
            options={[1, 2, 3, 4].map((value) => ({ value, label: `${t.quarter} ${value}` }))}
            onChange={setQuarter}
            data-testid="quarterly-quarter"
          />
        </Flex>
        {data && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {data.unitName} · {format(t.quarterRange, { from: formatDate(data.from), to: formatDate(data.to) })}
          </Typography.Paragraph>
        )}
        {!unitId && !list.loading && <Alert type="info" showIcon title={text.common.chooseUnit} style={{ marginTop: 12 }} />}
      </Card>
      {data && (
        <>
          <Card title={t.title}>
            <DisclosureTable
              items={data.entries}
              loading={list.loading}
              pagination={false}
              onOpen={(made) => navigate(communityPaths.disclosure(made.id))}
            />
          </Card>
          <Card title={t.itemsWithout} data-testid="quarterly-without">
            {data.itemsWithout.length === 0 ? (
              <Alert type="success" showIcon title={t.allItemsDisclosed} />
            ) : (
              <List
                size="small"
                dataSource={data.itemsWithout}
                renderItem={(item) => (
                  <List.Item key={item}>
                    <Flex gap={8} align="start">
                      <Tag color="orange">{item}</Tag>
                      <span>{t.itemTitles[item]}</span>
                    </Flex>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </>
      )}
    </Flex>
  );
}
