import { Button, Result } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useI18n } from '../../../platform/i18n/useI18n';
import { PageSpinner } from '../../../platform/layout/PageSpinner';
import { proceduresApi } from '../api/proceduresApi';
import { ProcedureForm } from './ProcedureForm';

/** /procedures/new and /procedures/:code/edit. */
export function ProcedureEditPage() {
  const { m } = useI18n();
  const navigate = useNavigate();
  const { code } = useParams();
  const query = useApiQuery(code ?? null, (signal) => proceduresApi.get(code ?? '', signal));
  if (!code) return <ProcedureForm detail={null} onReload={query.reload} />;
  const detail = query.data?.code === code ? query.data : undefined;
  if (!detail) {
    if (query.loading || !query.problem) return <PageSpinner />;
    return (
      <Result
        status="404"
        title={m.procedures.notFound}
        extra={<Button onClick={() => navigate('/procedures')}>{m.procedures.title}</Button>}
      />
    );
  }
  return <ProcedureForm key={`${detail.code}:${detail.latestVersion}`} detail={detail} onReload={query.reload} />;
}
