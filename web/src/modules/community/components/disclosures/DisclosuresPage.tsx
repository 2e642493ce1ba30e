import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { foldedSearch } from '../../../reception/receptionText';
import { disclosuresApi, type DisclosureQuery, type DisclosureViewFilter } from '../../api/disclosuresApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { DisclosureTable } from './DisclosureTable';
import { EnterDisclosureModal, itemOptions } from './EnterDisclosureModal';
import { RemindersCard } from './RemindersCard';

const views: DisclosureViewFilter[] = ['current', 'archive', 'all'];

/** The disclosure register of the working unit: reminders, then current, archived or all items, by item and searched without diacritics. */
export function DisclosuresPage() {
  const text = useCommunityText();
  const t = text.disclosures;
  const { m } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const unitId = useUnitScope().current?.id ?? null;
  const [view, setView] = useState<DisclosureViewFilter>('current');
  const [item, setItem] = useState<number | undefined>(undefined);
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [entering, setEntering] = useState(false);
  const query: DisclosureQuery = { unitId: unitId ?? undefined, view, item, q: q || undefined, ...paging };
  const list = useApiQuery(unitId ? `disclosures:${JSON.stringify(query)}` : null, (signal) => disclosuresApi.list(query, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  const firstPage = () => setPaging({ ...paging, page: 1 });

  const extra = (
    <Flex gap={8}>
      <Button
        icon={<CalendarOutlined />}
        onClick={() => navigate(communityPaths.quarterly)}
        aria-label={t.quarterly}
        data-testid="quarterly-link"
      >
        {isPhone ? null : t.quarterly}
      </Button>
      {can('community.manage') && unitId && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEntering(true)}
          aria-label={t.enter}
          data-testid="disclosure-enter"
        >
          {isPhone ? null : t.enter}
        </Button>
      )}
    </Flex>
  );

  return (
    <div data-testid="disclosures-page">
      {unitId && <RemindersCard unitId={unitId} />}
      <Card title={t.title} extra={extra}>
        {!unitId ? (
          <Alert type="info" showIcon title={text.common.chooseUnit} />
        ) : (
          <>
            <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
              <Segmented<DisclosureViewFilter>
                value={view}
                options={views.map((value) => ({ value, label: t.views[value] }))}
                onChange={(value) => {
                  setView(value);
                  firstPage();
                }}
                data-testid="disclosure-view"
              />
              <Select
                allowClear
                showSearch={foldedSearch}
                placeholder={t.allItems}
                aria-label={t.item}
                style={{ width: 320, maxWidth: '100%' }}
                value={item}
                options={itemOptions(t.itemTitles)}
                onChange={(value?: number) => {
                  setItem(value);
                  firstPage();
                }}
                data-testid="disclosure-item-filter"
              />
              <SearchInput
                value={q}
                placeholder={t.searchPlaceholder}
                ariaLabel={m.common.search}
                style={{ width: 300, maxWidth: '100%' }}
                onSearch={(value) => {
                  setQ(value);
                  firstPage();
                }}
                testId="disclosure-search"
              />
            </Flex>
            <DisclosureTable
              items={list.data?.items ?? []}
              loading={list.loading}
              pagination={pagination}
              onOpen={(made) => navigate(communityPaths.disclosure(made.id))}
            />
            <EnterDisclosureModal
              open={entering}
              onClose={() => setEntering(false)}
              onEntered={(made) => {
                setEntering(false);
                void navigate(communityPaths.disclosure(made.id));
              }}
            />
          </>
        )}
      </Card>
    </div>
  );
}
