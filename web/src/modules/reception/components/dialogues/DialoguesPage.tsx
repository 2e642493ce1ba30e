import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { dialogueKinds, dialogueStatuses, type DialogueKind, type DialogueStatus } from '@contracts/dialogues';
import { dialoguesApi, type DialogueQuery } from '../../api/dialoguesApi';
import { DialogueDrawer } from './DialogueDrawer';
import { DialogueFiguresCard } from './DialogueFiguresCard';
import { DialogueTable } from './DialogueTable';
import { PlanDialogueModal } from './PlanDialogueModal';

/** The working unit's dialogues: planned, held with their minutes, the commitments they made; and the figures of a period. */
export function DialoguesPage() {
  const { m } = useI18n();
  const t = m.dialogues.list;
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  const [params, setParams] = useSearchParams();
  const openId = params.get('open');
  const [kind, setKind] = useState<DialogueKind | undefined>(undefined);
  const [status, setStatus] = useState<DialogueStatus | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [refreshKey, setRefreshKey] = useState(0);
  const [planning, setPlanning] = useState(false);
  const query: DialogueQuery = { unitId: unitId ?? undefined, kind, status, ...paging };
  const list = useApiQuery(`dialogues:${JSON.stringify(query)}:${refreshKey}`, (signal) => dialoguesApi.list(query, signal));
  const refresh = () => setRefreshKey((value) => value + 1);
  const open = (id: string | null) => setParams(id ? { open: id } : {}, { replace: true });

  return (
    <Flex vertical gap={16} data-testid="dialogues-page">
      <Card
        title={t.title}
        extra={
          can('reception.host') && unitId ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPlanning(true)}
              aria-label={t.plan}
              title={isPhone ? t.plan : undefined}
              data-testid="dialogues-plan"
            >
              {isPhone ? null : t.plan}
            </Button>
          ) : null
        }
      >
        {!unitId && <Alert type="info" showIcon title={t.unitHint} style={{ marginBottom: 16 }} />}
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t.kind}
            aria-label={t.kind}
            style={{ width: 300, maxWidth: '100%' }}
            value={kind}
            options={dialogueKinds.map((value) => ({ value, label: m.dialogues.kinds[value] }))}
            onChange={(value?: DialogueKind) => {
              setKind(value);
              setPaging({ ...paging, page: 1 });
            }}
            data-testid="dialogues-kind"
          />
          <Select
            allowClear
            placeholder={t.status}
            aria-label={t.status}
            style={{ width: 220, maxWidth: '100%' }}
            value={status}
            options={dialogueStatuses.map((value) => ({ value, label: m.dialogues.statuses[value] }))}
            onChange={(value?: DialogueStatus) => {
              setStatus(value);
              setPaging({ ...paging, page: 1 });
            }}
            data-testid="dialogues-status"
          />
        </Flex>
        <DialogueTable
          page={list.data}
          loading={list.loading}
          onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          onOpen={(dialogue) => open(dialogue.id)}
        />
      </Card>
      {unitId && <DialogueFiguresCard unitId={unitId} refreshKey={refreshKey} />}
      {unitId && (
        <PlanDialogueModal
          open={planning}
          unitId={unitId}
          onClose={() => setPlanning(false)}
          onPlanned={(dialogue) => {
            setPlanning(false);
            refresh();
            open(dialogue.id);
          }}
        />
      )}
      <DialogueDrawer dialogueId={openId} onClose={() => open(null)} onChanged={refresh} />
    </Flex>
  );
}
