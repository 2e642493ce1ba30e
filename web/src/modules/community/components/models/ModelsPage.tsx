import { PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router';
import { recognitionLevels, type RecognitionLevel } from '@contracts/mobilisation-models';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { modelsApi, type ModelQuery, type ModelView } from '../../api/modelsApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { ModelStatusTag } from '../CommunityTags';
import { CreateContestModal } from './CreateContestModal';
import { RegisterModelModal } from './RegisterModelModal';

/** The "Dân vận khéo" models of the working unit: searched without diacritics, by recognition level; a model registered or a contest announced. */
export function ModelsPage() {
  const t = useCommunityText();
  const { m } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const unitId = useUnitScope().current?.id ?? null;
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<RecognitionLevel | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<'model' | 'contest' | null>(null);
  const query: ModelQuery = { unitId: unitId ?? undefined, level, q: q || undefined, ...paging };
  const list = useApiQuery(unitId ? `models:${JSON.stringify(query)}` : null, (signal) => modelsApi.list(query, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  const canManage = can('community.manage') && unitId !== null;

  return (
    <Card
      title={t.models.title}
      data-testid="models-page"
      extra={
        canManage ? (
          <Flex gap={8}>
            <Button
              icon={<TrophyOutlined />}
              onClick={() => setDialog('contest')}
              aria-label={t.contests.create}
              data-testid="contest-create"
            >
              {isPhone ? null : t.contests.create}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog('model')}
              aria-label={t.models.register}
              data-testid="model-register"
            >
              {isPhone ? null : t.models.register}
            </Button>
          </Flex>
        ) : null
      }
    >
      {!unitId ? (
        <Alert type="info" showIcon title={t.common.chooseUnit} />
      ) : (
        <>
          <Flex gap={12} wrap style={{ marginBottom: 16 }}>
            <SearchInput
              value={q}
              placeholder={t.models.searchPlaceholder}
              ariaLabel={m.common.search}
              style={{ width: 340, maxWidth: '100%' }}
              onSearch={(text) => {
                setQ(text);
                setPaging({ ...paging, page: 1 });
              }}
              testId="models-search"
            />
            <Select
              allowClear
              placeholder={t.models.allLevels}
              aria-label={t.models.level}
              style={{ width: 180, maxWidth: '100%' }}
              value={level}
              options={recognitionLevels.map((value) => ({ value, label: t.models.levels[value] }))}
              onChange={(value?: RecognitionLevel) => {
                setLevel(value);
                setPaging({ ...paging, page: 1 });
              }}
            />
          </Flex>
          <Table<ModelView>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            tableLayout="fixed"
            scroll={isPhone ? undefined : { x: 900 }}
            locale={{ emptyText: t.models.empty }}
            pagination={pagination}
            onRow={(model) =>
              ({ onClick: () => navigate(communityPaths.model(model.id)), style: { cursor: 'pointer' } }) as HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                key: 'card',
                title: t.models.title,
                hidden: !isPhone,
                render: (_value, model) => (
                  <Flex vertical gap={4} align="start">
                    <Typography.Text strong>{model.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t.models.categories[model.category]} · {model.ownerOrganisation}
                    </Typography.Text>
                    <Flex gap={4} wrap>
                      <ModelStatusTag status={model.status} />
                      {model.level ? <Typography.Text>{t.models.levels[model.level]}</Typography.Text> : null}
                    </Flex>
                  </Flex>
                ),
              },
              { key: 'name', title: t.models.name, hidden: isPhone, render: (_value, model) => <strong>{model.name}</strong> },
              {
                key: 'category',
                title: t.models.category,
                width: 110,
                hidden: isPhone,
                render: (_value, model) => t.models.categories[model.category],
              },
              {
                key: 'owner',
                title: t.models.ownerOrganisation,
                width: 200,
                hidden: isPhone,
                render: (_value, model) => model.ownerOrganisation,
              },
              {
                key: 'registered',
                title: t.models.registeredOn,
                width: 130,
                hidden: isPhone,
                render: (_value, model) => formatDate(model.registeredOn),
              },
              {
                key: 'level',
                title: t.models.level,
                width: 120,
                hidden: isPhone,
                render: (_value, model) => (model.level ? t.models.levels[model.level] : '—'),
              },
              {
                key: 'status',
                title: t.common.status,
                width: 150,
                hidden: isPhone,
                render: (_value, model) => <ModelStatusTag status={model.status} />,
              },
            ]}
          />
          <RegisterModelModal
            open={dialog === 'model'}
            unitId={unitId}
            onClose={() => setDialog(null)}
            onRegistered={(model) => navigate(communityPaths.model(model.id))}
          />
          <CreateContestModal
            open={dialog === 'contest'}
            unitId={unitId}
            onClose={() => setDialog(null)}
            onCreated={(contest) => navigate(communityPaths.contest(contest.id))}
          />
        </>
      )}
    </Card>
  );
}
