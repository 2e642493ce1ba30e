import { SwapOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { formatDate, formatDateTime } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { VersionInfo } from '@contracts/catalog';
import { proceduresApi } from '../api/proceduresApi';
import { VersionDiff } from './VersionDiff';

/** The versions of a procedure, newest first, and a comparison of any two of them. */
export function VersionHistory({ code, versions }: { code: string; versions: VersionInfo[] }) {
  const { m, locale } = useI18n();
  const v = m.procedures.versions;
  const numbers = versions.map((version) => version.version).sort((a, b) => b - a);
  const [from, setFrom] = useState<number | undefined>(numbers[1]);
  const [to, setTo] = useState<number | undefined>(numbers[0]);
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const diff = useApiQuery(compared ? `${code}:${compared.from}:${compared.to}` : null, (signal) =>
    proceduresApi.diff(code, compared?.from ?? 1, compared?.to ?? 1, signal),
  );
  const options = numbers.map((number) => ({ value: number, label: format(m.procedures.versionTag, { version: number }) }));

  return (
    <>
      <Table<VersionInfo>
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={[...versions].sort((a, b) => b.version - a.version)}
        data-testid="procedure-versions"
        columns={[
          {
            key: 'version',
            title: v.version,
            width: 80,
            render: (_value, info) => format(m.procedures.versionTag, { version: info.version }),
          },
          { key: 'effective', title: v.effectiveFrom, width: 110, render: (_value, info) => formatDate(info.effectiveFrom) },
          { key: 'name', title: v.name, dataIndex: 'name' },
          {
            key: 'published',
            title: v.published,
            width: 130,
            render: (_value, info) => (
              <Badge
                status={info.isPublished ? 'success' : 'default'}
                text={info.isPublished ? m.procedures.publishedYes : m.procedures.publishedNo}
              />
            ),
          },
          { key: 'note', title: v.changeNote, render: (_value, info) => info.changeNote ?? m.common.none },
          {
            key: 'created',
            title: v.createdAt,
            width: 170,
            render: (_value, info) => (
              <>
                {formatDateTime(info.createdAt, locale)}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {info.createdBy ?? m.common.none}
                </Typography.Text>
              </>
            ),
          },
        ]}
      />
      {numbers.length < 2 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {v.single}
        </Typography.Paragraph>
      ) : (
        <Flex gap={8} align="center" wrap style={{ marginBlock: 16 }}>
          <span>{v.from}</span>
          <Select<number> style={{ width: 100 }} value={from} options={options} onChange={setFrom} aria-label={v.from} />
          <span>{v.to}</span>
          <Select<number> style={{ width: 100 }} value={to} options={options} onChange={setTo} aria-label={v.to} />
          <Button
            icon={<SwapOutlined />}
            disabled={from === undefined || to === undefined || from === to}
            onClick={() => from !== undefined && to !== undefined && setCompared({ from, to })}
            data-testid="procedure-compare"
          >
            {v.compare}
          </Button>
        </Flex>
      )}
      {compared && <VersionDiff diff={diff.data} loading={diff.loading} />}
    </>
  );
}
