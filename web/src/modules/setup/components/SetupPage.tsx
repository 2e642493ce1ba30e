import type { JobView } from '@contracts/jobs';
import { Button, Card, Checkbox, Flex, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { formatNumber } from '../../../platform/format/numbers';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { setupApi } from '../api/setupApi';
import { useJob } from '../../../platform/jobs/useJob';
import { JobProgress } from './JobProgress';

const ALL = '*';
/** "Đắk Lắk" is found by "dak lak": folds marks and đ, as the server's search does. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** First setup for a deployment-wide administrator: the national unit tables, the sample catalogue, then what to do next. */
export function SetupPage() {
  const { m, locale } = useI18n();
  const provinces = useApiQuery('provinces', (signal) => setupApi.provinces(signal));
  const counts = useApiQuery('counts', (signal) => setupApi.counts(signal));
  const [province, setProvince] = useState<string | undefined>(undefined);
  const [withHistory, setWithHistory] = useState(true);
  const reload = () => {
    provinces.reload();
    counts.reload();
  };
  const unitsJob = useJob(reload);
  const catalogueJob = useJob(reload);
  const n = (value: unknown) => formatNumber(Number(value ?? 0), locale);
  const running = (job: JobView | null) => job?.status === 'running';

  const options = [
    { value: ALL, label: m.setup.units.all, search: fold(m.setup.units.all) },
    ...(provinces.data?.items ?? []).map((p) => ({
      value: p.code,
      search: fold(`${p.name} ${p.code}`),
      label: (
        <Space size={4} wrap>
          {format(m.setup.units.provinceOption, { name: p.name, communes: n(p.communes) })}
          {p.isLoaded ? <Tag color="green">{m.setup.units.loadedTag}</Tag> : null}
        </Space>
      ),
    })),
  ];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {m.setup.title}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{m.setup.intro}</Typography.Paragraph>

      <Card title={m.setup.units.title}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{m.setup.units.description}</Typography.Text>
          {counts.data ? <Typography.Text>{format(m.setup.units.loadedCount, { count: n(counts.data.units) })}</Typography.Text> : null}
          <label htmlFor="setup-province">{m.setup.units.province}</label>
          <Select
            id="setup-province"
            showSearch
            size="large"
            value={province}
            onChange={setProvince}
            placeholder={m.setup.units.provincePlaceholder}
            loading={provinces.loading}
            options={options}
            filterOption={(input, option) => (option?.search ?? '').includes(fold(input))}
            style={{ width: '100%' }}
          />
          <Checkbox checked={withHistory} onChange={(event) => setWithHistory(event.target.checked)}>
            {m.setup.units.withHistory}
          </Checkbox>
          <div>
            <Button
              type="primary"
              size="large"
              disabled={!province || running(unitsJob.job)}
              loading={running(unitsJob.job)}
              onClick={() => void unitsJob.start(() => setupApi.importUnits(province === ALL ? null : (province ?? null), withHistory))}
            >
              {m.setup.units.start}
            </Button>
          </div>
          <JobProgress
            job={unitsJob.job}
            done={(result) =>
              format(m.setup.units.done, { units: n(result.units), successions: n(result.successions), skipped: n(result.skipped) })
            }
          />
        </Flex>
      </Card>

      <Card title={m.setup.catalogue.title}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{m.setup.catalogue.description}</Typography.Text>
          {counts.data ? (
            <Typography.Text>{format(m.setup.catalogue.loadedCount, { count: n(counts.data.procedures) })}</Typography.Text>
          ) : null}
          <div>
            <Button
              type="primary"
              size="large"
              disabled={running(catalogueJob.job)}
              loading={running(catalogueJob.job)}
              onClick={() => void catalogueJob.start(() => setupApi.loadSampleCatalogue())}
            >
              {m.setup.catalogue.start}
            </Button>
          </div>
          <JobProgress
            job={catalogueJob.job}
            done={(result) => format(m.setup.catalogue.done, { created: n(result.created), skipped: n(result.skipped) })}
          />
        </Flex>
      </Card>

      <Card title={m.setup.next.title}>
        <List
          dataSource={[
            { text: m.setup.next.centre, to: '/units', label: m.setup.next.goUnits },
            { text: m.setup.next.staff, to: '/staff', label: m.setup.next.goStaff },
            { text: m.setup.next.calendar, to: '/calendar', label: m.setup.next.goCalendar },
            { text: m.setup.next.intake, to: '/dossiers/new', label: m.setup.next.goIntake },
          ]}
          renderItem={(item) => (
            <List.Item>
              <Flex gap={12} justify="space-between" align="center" wrap style={{ width: '100%' }}>
                <Typography.Text style={{ flex: '1 1 240px' }}>{item.text}</Typography.Text>
                <Link to={item.to}>{item.label}</Link>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
