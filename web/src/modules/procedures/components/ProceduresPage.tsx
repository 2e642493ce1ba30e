import { Card } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useAuth } from '../../../platform/auth/useAuth';
import { useI18n } from '../../../platform/i18n/useI18n';
import { proceduresApi } from '../api/proceduresApi';
import { useProcedureFilters } from '../hooks/useProcedureFilters';
import { ImportProceduresModal } from './ImportProceduresModal';
import { ProcedureDrawer } from './ProcedureDrawer';
import { ProceduresToolbar } from './ProceduresToolbar';
import { ProcedureTable } from './ProcedureTable';

/** The procedure catalogue: search and filters, details with history in a drawer (?code=…). */
export function ProceduresPage() {
  const { m } = useI18n();
  const { can } = useAuth();
  const canManage = can('catalog.manage');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const openCode = params.get('code');
  const { filters, query, update } = useProcedureFilters();
  const list = useApiQuery(JSON.stringify(query), (signal) => proceduresApi.list(query, signal));
  const [importing, setImporting] = useState(false);

  return (
    <Card title={m.procedures.title}>
      <ProceduresToolbar
        filters={filters}
        canManage={canManage}
        onChange={update}
        onCreate={() => navigate('/procedures/new')}
        onImport={() => setImporting(true)}
      />
      <ProcedureTable
        page={list.data}
        loading={list.loading}
        onOpen={(procedure) => setParams({ code: procedure.code })}
        onPageChange={(page, pageSize) => update({ page, pageSize })}
        onFilterField={(field) => update({ field })}
      />
      <ProcedureDrawer
        code={openCode}
        canManage={canManage}
        onClose={() => setParams({})}
        onEdit={(code) => navigate(`/procedures/${encodeURIComponent(code)}/edit`)}
      />
      <ImportProceduresModal open={importing} onClose={() => setImporting(false)} onImported={list.reload} />
    </Card>
  );
}
