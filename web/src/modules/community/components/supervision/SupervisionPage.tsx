import { Alert, Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { useCommunityText } from '../../communityText';
import { ConferencesTab } from './ConferencesTab';
import { ConsultationsTab } from './ConsultationsTab';
import { FindingsTab } from './FindingsTab';

const tabs = ['consultations', 'conferences', 'findings'] as const;
type Tab = (typeof tabs)[number];

/** Consultations of residents and their answers, the villages' year-end conferences, and community supervision findings. */
export function SupervisionPage() {
  const text = useCommunityText();
  const t = text.supervision;
  const unitId = useUnitScope().current?.id ?? null;
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = tabs.find((value) => value === asked) ?? 'consultations';

  return (
    <Card title={t.title} data-testid="supervision-page">
      {!unitId ? (
        <Alert type="info" showIcon title={text.common.chooseUnit} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'consultations', label: t.tabs.consultations, children: <ConsultationsTab unitId={unitId} /> },
            { key: 'conferences', label: t.tabs.conferences, children: <ConferencesTab /> },
            { key: 'findings', label: t.tabs.findings, children: <FindingsTab unitId={unitId} /> },
          ]}
        />
      )}
    </Card>
  );
}
