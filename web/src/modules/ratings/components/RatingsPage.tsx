import { Alert, Card, Tabs } from 'antd';
import { useAuth } from '../../../platform/auth/useAuth';
import { useI18n } from '../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../platform/scope/useUnitScope';
import { FeedbackList } from './FeedbackList';
import { KioskPairing } from './KioskPairing';

/** Ratings and feedback of the working unit: feedback items to answer, and the counter kiosk. */
export function RatingsPage() {
  const { m } = useI18n();
  const { can } = useAuth();
  const { current } = useUnitScope();
  if (!current?.id) return <Alert type="info" message={m.ratings.chooseUnit} />;
  const items = [{ key: 'feedback', label: m.ratings.feedbackTitle, children: <FeedbackList key={current.id} unitId={current.id} /> }];
  if (can('ratings.kiosk'))
    items.push({ key: 'kiosk', label: m.ratings.kioskTitle, children: <KioskPairing key={current.id} unitId={current.id} /> });
  return (
    <Card title={m.nav.ratings}>
      <Tabs items={items} />
    </Card>
  );
}
