import { PlusOutlined } from '@ant-design/icons';
import type { Declaration } from '@contracts/report-runs';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { reportsApi } from '../../api/reportsApi';
import type { FigureRegistry } from '../../hooks/useFigureRegistry';
import type { Period } from '../../reportFormat';
import { useReportsText } from '../../reportsText';
import { DeclarationTable } from './DeclarationTable';
import { DeclareModal } from './DeclareModal';

type Props = { unitId: string; period: Period; registry: FigureRegistry };

/** The unit's declared figures for the period, in their own card so that no one reads them as counted; declared and removed here. */
export function DeclarationsCard({ unitId, period, registry }: Props) {
  const t = useReportsText();
  const d = t.declarations;
  const { can } = useAuth();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const isPhone = useIsPhone();
  const [declaring, setDeclaring] = useState(false);
  const canDeclare = can('reports.write');
  const list = useApiQuery(`declarations:${unitId}:${period.from}:${period.to}`, (signal) =>
    reportsApi.declarations(unitId, period, signal),
  );

  const remove = async (declared: Declaration) => {
    try {
      await reportsApi.withdraw(declared.id);
      void message.success(d.removed);
    } catch (error) {
      handleProblem(error);
    } finally {
      list.reload();
    }
  };

  return (
    <Card
      size="small"
      title={d.title}
      data-testid="declarations"
      extra={
        canDeclare ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setDeclaring(true)} aria-label={d.add} data-testid="declare-open">
            {isPhone ? null : d.add}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {d.hint}
      </Typography.Paragraph>
      <DeclarationTable
        items={list.data?.items ?? []}
        loading={list.loading}
        onRemove={canDeclare ? remove : undefined}
        testId="declarations-table"
      />
      {canDeclare && (
        <DeclareModal
          open={declaring}
          unitId={unitId}
          period={period}
          registry={registry}
          onClose={() => setDeclaring(false)}
          onDeclared={() => {
            setDeclaring(false);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
