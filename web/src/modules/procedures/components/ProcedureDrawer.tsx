import { EditOutlined } from '@ant-design/icons';
import { Button, Drawer, Result, Spin, Tabs, Tag } from 'antd';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { proceduresApi } from '../api/proceduresApi';
import { ProcedureLists } from './ProcedureLists';
import { ProcedureOverview } from './ProcedureOverview';
import { VersionHistory } from './VersionHistory';

type Props = {
  code: string | null;
  canManage: boolean;
  onClose: () => void;
  onEdit: (code: string) => void;
};

/** A procedure's rules in readable form and its version history. */
export function ProcedureDrawer({ code, canManage, onClose, onEdit }: Props) {
  const { m } = useI18n();
  const p = m.procedures;
  const { data, loading, problem } = useApiQuery(code, (signal) => proceduresApi.get(code ?? '', signal));
  const detail = data && data.code === code ? data : undefined;
  const versions = detail?.versions ?? [];

  return (
    <Drawer
      open={code !== null}
      onClose={onClose}
      size={960}
      title={
        detail ? (
          <span>
            {format(p.drawerTitle, { code: detail.code })} <Tag>{format(p.versionTag, { version: detail.version })}</Tag>
            {detail.procedure.isSample && <Tag color="gold">{p.sample}</Tag>}
          </span>
        ) : (
          m.app.loading
        )
      }
      extra={
        canManage &&
        detail && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => onEdit(detail.code)} data-testid="procedure-edit">
            {m.common.edit}
          </Button>
        )
      }
    >
      {!detail ? (
        problem && !loading ? (
          <Result status="404" title={p.notFound} />
        ) : (
          <Spin spinning />
        )
      ) : (
        <Tabs
          items={[
            {
              key: 'rules',
              label: p.tabRules,
              children: (
                <div data-testid="procedure-detail">
                  <ProcedureOverview detail={detail} />
                  <ProcedureLists procedure={detail.procedure} />
                </div>
              ),
            },
            {
              key: 'versions',
              label: format(p.tabVersions, { count: versions.length }),
              children: <VersionHistory key={`${detail.code}:${detail.latestVersion}`} code={detail.code} versions={versions} />,
            },
          ]}
        />
      )}
    </Drawer>
  );
}
