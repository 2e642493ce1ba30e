import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { mediationStatuses } from '@contracts/community';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { mediationApi, type CaseQuery, type MediationStatus } from '../../api/mediationApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useVillages } from '../../hooks/useVillages';
import { CaseTable } from './CaseTable';
import { OpenCaseModal } from './OpenCaseModal';

/** The mediation book of the working unit: searched without diacritics, filtered by status and village, a case opened from it. */
export function MediationCasesPage() {
  const t = useCommunityText();
  const { m } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { unitId, villages } = useVillages();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MediationStatus | undefined>(undefined);
  const [village, setVillage] = useState<string | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [opening, setOpening] = useState(false);
  const query: CaseQuery = { unitId: village ?? unitId ?? undefined, q: q || undefined, status, ...paging };
  const list = useApiQuery(unitId ? `mediation-cases:${JSON.stringify(query)}` : null, (signal) => mediationApi.cases(query, signal));
  const firstPage = () => setPaging({ ...paging, page: 1 });

  const extra = (
    <Flex gap={8}>
      <Button
        icon={<TeamOutlined />}
        onClick={() => navigate(communityPaths.teams)}
        aria-label={t.cases.teamsLink}
        data-testid="mediation-teams-link"
      >
        {isPhone ? null : t.cases.teamsLink}
      </Button>
      {can('community.manage') && unitId && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setOpening(true)}
          aria-label={t.cases.open}
          data-testid="mediation-open"
        >
          {isPhone ? null : t.cases.open}
        </Button>
      )}
    </Flex>
  );

  return (
    <Card title={t.cases.title} extra={extra} data-testid="mediation-page">
      {!unitId ? (
        <Alert type="info" showIcon title={t.common.chooseUnit} />
      ) : (
        <>
          <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
            <SearchInput
              value={q}
              placeholder={t.cases.searchPlaceholder}
              ariaLabel={m.common.search}
              style={{ width: 360, maxWidth: '100%' }}
              onSearch={(text) => {
                setQ(text);
                firstPage();
              }}
              testId="mediation-search"
            />
            <Select
              allowClear
              placeholder={t.common.status}
              aria-label={t.common.status}
              style={{ width: 200, maxWidth: '100%' }}
              value={status}
              options={mediationStatuses.map((value) => ({ value, label: t.cases.statuses[value] }))}
              onChange={(value?: MediationStatus) => {
                setStatus(value);
                firstPage();
              }}
              data-testid="mediation-status-filter"
            />
            {villages.length > 0 && (
              <Select
                allowClear
                placeholder={t.common.allVillages}
                aria-label={t.common.village}
                style={{ width: 220, maxWidth: '100%' }}
                value={village}
                options={villages}
                onChange={(value?: string) => {
                  setVillage(value);
                  firstPage();
                }}
                data-testid="mediation-village-filter"
              />
            )}
          </Flex>
          <CaseTable
            page={list.data}
            loading={list.loading}
            onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
            onOpen={(made) => navigate(communityPaths.mediationCase(made.id))}
          />
          <OpenCaseModal
            open={opening}
            onClose={() => setOpening(false)}
            onOpened={(made) => {
              setOpening(false);
              void navigate(communityPaths.mediationCase(made.id));
            }}
          />
        </>
      )}
    </Card>
  );
}
