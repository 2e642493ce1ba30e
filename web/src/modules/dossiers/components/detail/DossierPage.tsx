import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Result, Row, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierActionName, IntakeDecisionName } from '@contracts/dossiers';
import { useDossier } from '../../hooks/useDossier';
import { useUnitNames } from '../../hooks/useUnitNames';
import { ActionModal } from './ActionModal';
import { DossierActions } from './DossierActions';
import { DossierApplicant } from './DossierApplicant';
import { DossierFiles } from './DossierFiles';
import { DossierForms } from './DossierForms';
import { DossierHeader } from './DossierHeader';
import { DossierSteps } from './DossierSteps';
import { DossierTimeline } from './DossierTimeline';
import { IntakeDecisionModal } from './IntakeDecisionModal';

/** One dossier: header with the allowed actions, applicant and documents, steps, history and forms. */
export function DossierPage() {
  const { m } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { dossier, loading, problem, reload, act, decide } = useDossier(id);
  const [action, setAction] = useState<DossierActionName | null>(null);
  const [decision, setDecision] = useState<IntakeDecisionName | null>(null);
  const unitName = useUnitNames(dossier ? [dossier.receivingUnitId, ...dossier.tasks.map((task) => task.unitId)] : []);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/dossiers')} style={{ paddingInline: 0 }}>
      {m.dossiers.detail.back}
    </Button>
  );

  if (!dossier) {
    return (
      <Card>
        {back}
        {problem && !loading ? (
          <Result status="404" title={m.dossiers.detail.notFound} />
        ) : (
          <Spin spinning style={{ display: 'block', padding: 48 }} />
        )}
      </Card>
    );
  }

  return (
    <div data-testid="dossier-page" data-version={dossier.version}>
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center">
          {back}
          <Button type="text" icon={<ReloadOutlined />} loading={loading} onClick={reload} aria-label={m.common.reload} />
        </Flex>
        <DossierHeader
          dossier={dossier}
          unitName={unitName(dossier.receivingUnitId)}
          actions={
            <DossierActions
              actions={dossier.allowedActions}
              onPick={setAction}
              decisions={dossier.intakeDecisions}
              onDecide={setDecision}
            />
          }
        />
        {dossier.intakeDecisions.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={m.dossiers.decision.waiting}
            style={{ marginTop: 12 }}
            data-testid="dossier-waiting-check"
          />
        )}
      </Card>
      <DossierSteps tasks={dossier.tasks} dossierStatus={dossier.status} unitName={unitName} />
      <Row gutter={16}>
        <Col xs={24} xl={13}>
          <DossierTimeline events={dossier.events} />
        </Col>
        <Col xs={24} xl={11}>
          <DossierForms dossier={dossier} />
          <DossierFiles dossier={dossier} canAttach={dossier.allowedActions.length > 0 || dossier.intakeDecisions.length > 0} />
          <DossierApplicant dossier={dossier} />
        </Col>
      </Row>
      <ActionModal action={action} dossier={dossier} onAct={act} onClose={() => setAction(null)} />
      <IntakeDecisionModal decision={decision} dossier={dossier} onDecide={decide} onClose={() => setDecision(null)} />
    </div>
  );
}
