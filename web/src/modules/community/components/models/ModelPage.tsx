import { Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { modelsApi, type ModelView } from '../../api/modelsApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useVersionedRecord } from '../../hooks/useVersionedRecord';
import { ModelStatusTag } from '../CommunityTags';
import { BackBar, RecordPending } from '../PageTop';
import { ModelStepModal, type ModelStepKind } from './ModelStepModal';

const stepsByStatus: Record<ModelView['status'], ModelStepKind[]> = {
  registered: ['launch', 'discontinue'],
  launched: ['monitor', 'evaluate', 'recognise', 'discontinue'],
  recognised: ['monitor', 'evaluate', 'recognise', 'discontinue'],
  discontinued: [],
};

/** A model: what it is, who carries it out, its recognitions level by level and replications, and the steps its status allows. */
export function ModelPage() {
  const t = useCommunityText();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const {
    record: model,
    version,
    loading,
    problem,
    reload,
    run,
  } = useVersionedRecord(`model:${id}`, (signal) => modelsApi.get(id, signal));
  const [step, setStep] = useState<ModelStepKind | null>(null);

  if (!model || version === undefined) return <RecordPending back={communityPaths.models} failed={problem !== null} loading={loading} />;

  return (
    <div data-testid="model-page" data-version={version} data-status={model.status}>
      <Card style={{ marginBottom: 16 }}>
        <BackBar to={communityPaths.models} loading={loading} onReload={reload} />
        <Flex justify="space-between" align="start" gap={16} wrap style={{ marginBottom: 16 }}>
          <Space orientation="vertical" size={4}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {model.name}
            </Typography.Title>
            <ModelStatusTag status={model.status} testId="model-status" />
          </Space>
          {can('community.manage') && (
            <Space wrap>
              {stepsByStatus[model.status].map((kind) => (
                <Button
                  key={kind}
                  type={kind === 'discontinue' ? 'default' : 'primary'}
                  danger={kind === 'discontinue'}
                  onClick={() => setStep(kind)}
                >
                  {t.models.stepActions[kind]}
                </Button>
              ))}
            </Space>
          )}
        </Flex>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: isPhone ? 110 : 190 } }}
          items={[
            { key: 'category', label: t.models.category, children: t.models.categories[model.category] },
            { key: 'owner', label: t.models.ownerOrganisation, children: model.ownerOrganisation },
            { key: 'field', label: t.models.field, children: model.field },
            { key: 'registered', label: t.models.registeredOn, children: formatDate(model.registeredOn) },
            ...(model.objectives
              ? [
                  {
                    key: 'objectives',
                    label: t.models.objectives,
                    children: <span style={{ whiteSpace: 'pre-wrap' }}>{model.objectives}</span>,
                  },
                ]
              : []),
            {
              key: 'recognitions',
              label: t.models.recognitions,
              children:
                model.recognitions.length === 0
                  ? t.models.noRecognition
                  : model.recognitions.map((recognition) => (
                      <div key={`${recognition.level}-${recognition.on}`}>
                        {t.models.levels[recognition.level]} · {recognition.decisionRef} · {formatDate(recognition.on)}
                      </div>
                    )),
            },
            { key: 'replications', label: t.models.replications, children: model.replications },
            ...(model.replicatesId
              ? [{ key: 'replicates', label: t.models.name, children: <Link to={communityPaths.model(model.replicatesId)}>↗</Link> }]
              : []),
          ]}
        />
      </Card>
      <ModelStepModal model={model} step={step} run={run} onClose={() => setStep(null)} />
    </div>
  );
}
