import { Alert, Form, Select } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { UnitSelect } from '../../../units/components/UnitSelect';
import { unitLabel } from '../../../units/unitOptions';

/**
 * The unit that receives the dossier, the working unit by default. Officers with units only pick
 * among those; with a deployment-wide role any unit can be searched.
 */
export function ReceivingUnitField() {
  const { m } = useI18n();
  const t = m.dossiers.intake;
  const { options, current } = useUnitScope();
  const units = options.filter((option): option is { id: string; code: string | null; name: string | null } => option.id !== null);
  const hasWhole = options.some((option) => option.id === null);
  const initial = current?.id ? { id: current.id, code: current.code, name: current.name } : null;

  if (options.length === 0) return <Alert type="error" showIcon title={t.noUnit} style={{ marginBottom: 16 }} />;
  return (
    <>
      {current && current.id === null && (
        <Alert type="warning" showIcon title={t.wholeDeployment} style={{ marginBottom: 12 }} data-testid="intake-whole-deployment" />
      )}
      <Form.Item name="receivingUnitId" label={t.receivingUnit} rules={[{ required: true, message: t.wholeDeployment }]}>
        {hasWhole ? (
          <UnitSelect initial={initial} allowClear={false} data-testid="intake-unit" />
        ) : (
          <Select
            data-testid="intake-unit"
            showSearch={{ optionFilterProp: 'label' }}
            options={units.map((unit) => ({ value: unit.id, label: unitLabel(unit) }))}
          />
        )}
      </Form.Item>
    </>
  );
}
