import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CloudServerOutlined,
  CommentOutlined,
  EyeOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  ImportOutlined,
  HomeOutlined,
  LikeOutlined,
  MailOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SafetyOutlined,
  ShakeOutlined,
  StarOutlined,
  SolutionOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Permission } from '@contracts/auth';
import { communityNavLabels } from '../../modules/community/communityText';
import { operationsNavLabels } from '../../modules/operations/operationsText';
import { reportsNavLabels } from '../../modules/reports/reportsText';
import { useAuth } from '../auth/useAuth';
import { useI18n } from '../i18n/useI18n';

/** `wholeDeployment`: shown only to an administrator of the whole deployment (the first setup). */
type NavEntry = { key: string; path: string; icon: ReactNode; permission?: Permission; testId?: string; wholeDeployment?: boolean };

const entries: NavEntry[] = [
  { key: 'home', path: '/', icon: <HomeOutlined /> },
  { key: 'intake', path: '/dossiers/new', icon: <FormOutlined />, permission: 'dossiers.receive', testId: 'nav-intake' },
  { key: 'dossiers', path: '/dossiers', icon: <FileDoneOutlined />, permission: 'dossiers.read', testId: 'nav-dossiers' },
  { key: 'petitions', path: '/petitions', icon: <MailOutlined />, permission: 'petitions.read', testId: 'nav-petitions' },
  { key: 'reception', path: '/reception', icon: <SolutionOutlined />, permission: 'reception.read', testId: 'nav-reception' },
  {
    key: 'receptionSessions',
    path: '/reception/sessions',
    icon: <ScheduleOutlined />,
    permission: 'reception.read',
    testId: 'nav-reception-sessions',
  },
  { key: 'dialogues', path: '/dialogues', icon: <CommentOutlined />, permission: 'reception.read', testId: 'nav-dialogues' },
  { key: 'commitments', path: '/commitments', icon: <CarryOutOutlined />, permission: 'reception.read', testId: 'nav-commitments' },
  { key: 'mediation', path: '/community/mediation', icon: <ShakeOutlined />, permission: 'community.read', testId: 'nav-mediation' },
  { key: 'legalAid', path: '/community/legal-aid', icon: <SafetyOutlined />, permission: 'community.read', testId: 'nav-legal-aid' },
  { key: 'models', path: '/community/models', icon: <StarOutlined />, permission: 'community.read', testId: 'nav-models' },
  {
    key: 'disclosures',
    path: '/community/disclosures',
    icon: <NotificationOutlined />,
    permission: 'community.read',
    testId: 'nav-disclosures',
  },
  {
    key: 'matters',
    path: '/community/resident-matters',
    icon: <UsergroupAddOutlined />,
    permission: 'community.read',
    testId: 'nav-resident-matters',
  },
  { key: 'supervision', path: '/community/supervision', icon: <EyeOutlined />, permission: 'community.read', testId: 'nav-supervision' },
  {
    key: 'communityImports',
    path: '/community/imports',
    icon: <ImportOutlined />,
    permission: 'community.manage',
    testId: 'nav-community-imports',
  },
  {
    key: 'communityFigures',
    path: '/community/figures',
    icon: <BarChartOutlined />,
    permission: 'community.read',
    testId: 'nav-community-figures',
  },
  { key: 'reports', path: '/reports', icon: <FundOutlined />, permission: 'reports.read', testId: 'nav-reports' },
  { key: 'ratings', path: '/ratings', icon: <LikeOutlined />, permission: 'ratings.read', testId: 'nav-ratings' },
  { key: 'units', path: '/units', icon: <ApartmentOutlined />, permission: 'units.read', testId: 'nav-units' },
  { key: 'staff', path: '/staff', icon: <TeamOutlined />, permission: 'staff.read', testId: 'nav-staff' },
  {
    key: 'procedures',
    path: '/procedures',
    icon: <FileTextOutlined />,
    permission: 'catalog.read',
    testId: 'nav-procedures',
  },
  { key: 'calendar', path: '/calendar', icon: <CalendarOutlined />, permission: 'calendar.read', testId: 'nav-calendar' },
  { key: 'audit', path: '/audit', icon: <AuditOutlined />, permission: 'audit.read', testId: 'nav-audit' },
  {
    key: 'operations',
    path: '/operations',
    icon: <CloudServerOutlined />,
    permission: 'operations.manage',
    testId: 'nav-operations',
  },
  { key: 'setup', path: '/setup', icon: <SettingOutlined />, permission: 'units.manage', testId: 'nav-setup', wholeDeployment: true },
];

/** The menu (beside the page, or in the drawer on a phone): only the pages the user's permissions open. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void } = {}) {
  const { m, locale } = useI18n();
  const { can, me } = useAuth();
  const community = communityNavLabels[locale];
  const reports = reportsNavLabels[locale];
  const isDeploymentAdministrator =
    me?.roles.some((assignment) => assignment.role === 'administrator' && assignment.unit === null) ?? false;
  const { pathname } = useLocation();
  const labels: Record<string, string> = {
    home: m.nav.home,
    intake: m.nav.intake,
    dossiers: m.nav.dossiers,
    petitions: m.nav.petitions,
    reception: m.nav.reception,
    receptionSessions: m.nav.receptionSessions,
    dialogues: m.nav.dialogues,
    commitments: m.nav.commitments,
    mediation: community.mediation,
    legalAid: community.legalAid,
    models: community.models,
    communityFigures: community.figures,
    disclosures: community.disclosures,
    matters: community.matters,
    supervision: community.supervision,
    communityImports: community.imports,
    reports: reports.reports,
    units: m.nav.units,
    staff: m.nav.staff,
    procedures: m.nav.procedures,
    calendar: m.nav.calendar,
    audit: m.nav.audit,
    operations: operationsNavLabels[locale].operations,
    ratings: m.nav.ratings,
    setup: m.setup.navLabel,
  };
  // The longest path that opens the page: /reception/sessions is not the desk at /reception.
  const selected =
    entries.filter((entry) => entry.path !== '/' && pathname.startsWith(entry.path)).sort((a, b) => b.path.length - a.path.length)[0]
      ?.key ?? 'home';

  const items: MenuProps['items'] = entries
    .filter((entry) => (!entry.permission || can(entry.permission)) && (!entry.wholeDeployment || isDeploymentAdministrator))
    .map((entry) => ({
      key: entry.key,
      icon: entry.icon,
      label: (
        <Link to={entry.path} data-testid={entry.testId} onClick={onNavigate}>
          {labels[entry.key]}
        </Link>
      ),
    }));

  return <Menu mode="inline" selectedKeys={[selected]} items={items} style={{ borderInlineEnd: 'none' }} />;
}
