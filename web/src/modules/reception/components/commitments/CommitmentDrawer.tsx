import { CheckOutlined, CloseOutlined, RiseOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { commitmentsApi } from '../../api/commitmentsApi';
import { CommitmentDetails } from './CommitmentDetails';
import { CommitmentStepModal, type StepAction } from './CommitmentStepModal';

type Props = { commitmentId: string | null; onClose: () => void; onChanged: () => void };

/** One commitment with its evidence timeline, and the owner's reports: progress, done, cancelled. */
export function CommitmentDrawer({ commitmentId, onClose, onChanged }: Props) {
  const { m } = useI18n();
  const t = m.commitments.detail;
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const [tick, setTick] = useState(0);
  const [action, setAction] = useState<StepAction | null>(null);
  const loaded = useApiQuery(commitmentId ? `commitment:${commitmentId}:${tick}` : null, (signal) =>
    commitmentsApi.get(commitmentId ?? '', signal),
  );
  const current = loaded.data && loaded.data.data.id === commitmentId ? loaded.data : undefined;
  const commitment = current?.data;
  const isOpen = commitment?.status === 'open' || commitment?.status === 'in_progress';
  const canReport = can('commitments.report') && isOpen;
  const reload = () => {
    setAction(null);
    setTick((value) => value + 1);
    onChanged();
  };

  return (
    <Drawer
      open={commitmentId !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      destroyOnHidden
      title={t.title}
      extra={
        canReport ? (
          <Flex gap={8} wrap justify="end">
            <Button size="small" icon={<RiseOutlined />} onClick={() => setAction('progress')} data-testid="commitment-report-progress">
              {t.reportProgress}
            </Button>
            <Button
              size="small"
              type="primary"
              icon={<CheckOutlined />}
              onClick={() => setAction('done')}
              data-testid="commitment-report-done"
            >
              {t.markDone}
            </Button>
            <Button size="small" danger icon={<CloseOutlined />} onClick={() => setAction('cancel')} data-testid="commitment-report-cancel">
              {t.cancel}
            </Button>
          </Flex>
        ) : null
      }
    >
      {!commitment || !current ? (
        <Spin spinning style={{ display: 'block', padding: 48 }} />
      ) : (
        <div data-testid="commitment-drawer" data-status={commitment.status} data-version={current.version}>
          <CommitmentDetails commitment={commitment} />
          <CommitmentStepModal
            commitment={commitment}
            version={current.version}
            action={action}
            onClose={() => setAction(null)}
            onSaved={reload}
            onStale={reload}
          />
        </div>
      )}
    </Drawer>
  );
}
