import { Alert, Button, Card, Spin } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { useSettlement } from '../../hooks/useSettlement';
import { OpenSettlementModal } from './OpenSettlementModal';
import { SettlementPanel } from './SettlementPanel';

/** An accepted petition's settlement: the button to accept it for settlement (thụ lý) until it is, then the settlement itself. */
export function SettlementSection({ petition }: { petition: Petition }) {
  const { m } = useI18n();
  const t = m.settlements;
  const { can } = useAuth();
  const settlement = useSettlement(petition);
  const [opening, setOpening] = useState(false);
  const canSettle = can('petitions.settle');

  if (settlement.searching) {
    return (
      <Card size="small" title={t.panel.title} style={{ marginBottom: 16 }}>
        <Spin size="small" /> {t.panel.loading}
      </Card>
    );
  }
  if (!settlement.exists) {
    return (
      <Card size="small" title={t.panel.title} style={{ marginBottom: 16 }} data-testid="settlement-none">
        <Alert type="info" showIcon title={t.panel.waiting} style={{ marginBottom: canSettle ? 12 : 0 }} />
        {canSettle && (
          <Button type="primary" onClick={() => setOpening(true)} data-testid="settlement-open">
            {t.open.button}
          </Button>
        )}
        <OpenSettlementModal
          open={opening}
          petition={petition}
          onClose={() => setOpening(false)}
          onOpened={(id) => {
            setOpening(false);
            settlement.remember(id);
          }}
        />
      </Card>
    );
  }
  if (!settlement.settlement) {
    return (
      <Card size="small" title={t.panel.title} style={{ marginBottom: 16 }}>
        <Spin spinning style={{ display: 'block', padding: 24 }} />
      </Card>
    );
  }
  return (
    <SettlementPanel
      settlement={settlement.settlement}
      loading={settlement.loading}
      canSettle={canSettle}
      onReload={settlement.reload}
      onRecord={settlement.record}
    />
  );
}
