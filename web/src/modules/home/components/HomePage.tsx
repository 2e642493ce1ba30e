import { FundOutlined } from '@ant-design/icons';
import { Alert, Card, Collapse, Descriptions, Empty, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { UndecidedRulesNotice } from '../../calendar/components/UndecidedRulesNotice';
import { CommunityDashboard } from '../../community/components/figures/CommunityDashboard';
import { UnitDashboard } from '../../ratings/components/UnitDashboard';
import { reportsNavLabels } from '../../reports/reportsText';
import { SetupNotice, useDeploymentIsEmpty } from '../../setup/components/SetupNotice';
import { useAuth } from '../../../platform/auth/useAuth';
import { useRoles } from '../../../platform/auth/useRoles';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../platform/scope/useUnitScope';

/** The welcome card: who the officer is, their roles and the units they work for. */
export function HomePage() {
  const { m, locale } = useI18n();
  const { me, session } = useAuth();
  const { options, current } = useUnitScope();
  const { can } = useAuth();
  const { label } = useRoles();
  const name = me?.fullName ?? session?.username ?? '';

  const profile = (
    <Descriptions
      column={1}
      bordered
      size="small"
      items={[
        { key: 'username', label: m.home.username, children: me?.username ?? session?.username },
        { key: 'title', label: m.home.jobTitle, children: me?.title || m.common.none },
        { key: 'unit', label: m.home.unit, children: me?.unit ? `${me.unit.name} (${me.unit.code})` : m.common.none },
        {
          key: 'roles',
          label: m.home.roles,
          children: me?.roles.length ? (
            <Space wrap>
              {me.roles.map((assignment) => (
                <Tag key={assignment.id} color="blue">
                  {label(assignment.role)} · {assignment.unit ? assignment.unit.name : m.common.wholeDeployment}
                </Tag>
              ))}
            </Space>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.home.noRoles} />
          ),
        },
        {
          key: 'units',
          label: m.home.units,
          children: options.length ? (
            <Space wrap>
              {options.map((option) => (
                <Tag key={option.id ?? '*'}>{option.id ? `${option.name} (${option.code})` : m.common.wholeDeployment}</Tag>
              ))}
            </Space>
          ) : (
            m.common.none
          ),
        },
      ]}
    />
  );
  const isEmpty = useDeploymentIsEmpty();
  const showDashboard = can('reports.read') && !isEmpty;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {format(m.home.welcome, { name })}
          {showDashboard && current?.name ? ` — ${current.name}` : ''}
        </Typography.Title>
        {showDashboard ? (
          <Link to="/reports" data-testid="home-reports-link">
            <FundOutlined /> {reportsNavLabels[locale].dashboard}
          </Link>
        ) : null}
      </Flex>
      {isEmpty ? <SetupNotice /> : null}
      {can('calendar.manage') && <UndecidedRulesNotice />}
      {showDashboard && current?.id ? <UnitDashboard key={current.id} unitId={current.id} unitCode={current.code} /> : null}
      {showDashboard && !current?.id ? <Alert type="info" message={m.ratings.chooseUnit} /> : null}
      {can('community.read') && !isEmpty && current?.id ? <CommunityDashboard key={`community:${current.id}`} unitId={current.id} /> : null}
      {showDashboard ? <Collapse items={[{ key: 'me', label: `${name} · ${m.home.roles}`, children: profile }]} /> : <Card>{profile}</Card>}
    </Flex>
  );
}
