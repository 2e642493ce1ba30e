import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Space, Table, Tabs, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { legalAidStatuses } from '@contracts/legal-aid';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { legalAidApi, type LegalAidStatus, type LegalAidView } from '../../api/legalAidApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { LegalAidStatusTag } from '../CommunityTags';
import { AcceptLegalAidModal } from './AcceptLegalAidModal';
import { ClockText } from './LegalAidClocks';
import { RefusalsTable } from './RefusalsTable';
import { RefuseLegalAidModal } from './RefuseLegalAidModal';

const tabs = ['cases', 'refusals'] as const;
type Tab = (typeof tabs)[number];

/** The legal-aid cases of the working unit with their clocks, the latest first, and the requests refused at once. */
export function LegalAidListPage() {
  const t = useCommunityText();
  const { locale } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const unitId = useUnitScope().current?.id ?? null;
  const [status, setStatus] = useState<LegalAidStatus | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [accepting, setAccepting] = useState(false);
  const [refusing, setRefusing] = useState(false);
  const [refusalsKey, setRefusalsKey] = useState(0);
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = tabs.find((value) => value === asked) ?? 'cases';
  const query = { unitId: unitId ?? undefined, status, ...paging };
  const list = useApiQuery(unitId ? `legal-aid:${JSON.stringify(query)}` : null, (signal) => legalAidApi.list(query, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  const clocks = (made: LegalAidView) => (
    <Flex vertical gap={2}>
      {made.proofDueAt && !made.proofReceivedAt && <ClockText label={t.legalAid.proofDue} due={made.proofDueAt} locale={locale} />}
      {!made.assignedAt && made.status === 'accepted' && <ClockText label={t.legalAid.assignDue} due={made.assignDueAt} locale={locale} />}
    </Flex>
  );

  const casesTab = (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t.common.status}
          aria-label={t.common.status}
          style={{ width: 200, maxWidth: '100%' }}
          value={status}
          options={legalAidStatuses.map((value) => ({ value, label: t.legalAid.statuses[value] }))}
          onChange={(value?: LegalAidStatus) => {
            setStatus(value);
            setPaging({ ...paging, page: 1 });
          }}
        />
      </Flex>
      <Table<LegalAidView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 900 }}
        locale={{ emptyText: t.legalAid.empty }}
        pagination={pagination}
        onRow={(made) =>
          ({ onClick: () => navigate(communityPaths.legalAid(made.id)), style: { cursor: 'pointer' } }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'card',
            title: t.legalAid.title,
            hidden: !isPhone,
            render: (_value, made) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  <Typography.Text strong>{made.code}</Typography.Text>
                  <LegalAidStatusTag status={made.status} />
                </Flex>
                <span>{made.requester.fullName}</span>
                <Typography.Text type="secondary">
                  {t.legalAid.forms[made.form]} · {made.field}
                </Typography.Text>
                {clocks(made)}
              </Flex>
            ),
          },
          { key: 'code', title: t.legalAid.code, width: 150, hidden: isPhone, render: (_value, made) => <strong>{made.code}</strong> },
          {
            key: 'requester',
            title: t.legalAid.requester,
            width: 190,
            hidden: isPhone,
            render: (_value, made) => made.requester.fullName,
          },
          { key: 'group', title: t.legalAid.group, hidden: isPhone, render: (_value, made) => t.legalAid.groups[made.group] },
          { key: 'form', title: t.legalAid.form, width: 170, hidden: isPhone, render: (_value, made) => t.legalAid.forms[made.form] },
          { key: 'clocks', title: t.legalAid.clocks, width: 230, hidden: isPhone, render: (_value, made) => clocks(made) },
          {
            key: 'status',
            title: t.common.status,
            width: 140,
            hidden: isPhone,
            render: (_value, made) => <LegalAidStatusTag status={made.status} />,
          },
        ]}
      />
    </>
  );

  return (
    <Card
      title={t.legalAid.title}
      data-testid="legal-aid-page"
      extra={
        can('community.manage') && unitId ? (
          <Space wrap>
            <Button icon={<StopOutlined />} onClick={() => setRefusing(true)} aria-label={t.legalAid.refuse} data-testid="legal-aid-refuse">
              {isPhone ? null : t.legalAid.refuse}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAccepting(true)}
              aria-label={t.legalAid.accept}
              data-testid="legal-aid-accept"
            >
              {isPhone ? null : t.legalAid.accept}
            </Button>
          </Space>
        ) : null
      }
    >
      {!unitId ? (
        <Alert type="info" showIcon title={t.common.chooseUnit} />
      ) : (
        <>
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'cases', label: t.legalAid.tabs.cases, children: casesTab },
              { key: 'refusals', label: t.legalAid.tabs.refusals, children: <RefusalsTable unitId={unitId} reloadKey={refusalsKey} /> },
            ]}
          />
          <AcceptLegalAidModal
            open={accepting}
            unitId={unitId}
            onClose={() => setAccepting(false)}
            onAccepted={(made) => {
              setAccepting(false);
              void navigate(communityPaths.legalAid(made.id));
            }}
          />
          <RefuseLegalAidModal
            open={refusing}
            unitId={unitId}
            onClose={() => setRefusing(false)}
            onRefused={() => {
              setRefusing(false);
              setRefusalsKey((key) => key + 1);
              setParams({ tab: 'refusals' }, { replace: true });
            }}
          />
        </>
      )}
    </Card>
  );
}
