import { Select } from 'antd';
import { useI18n } from '../i18n/useI18n';
import { useUnitScope } from '../scope/useUnitScope';

const wholeValue = '*';

/** Picks the unit the officer works for among the units of their role assignments; `isBlock` fills the width (in the phone's drawer). */
export function UnitSwitcher({ isBlock = false }: { isBlock?: boolean }) {
  const { m } = useI18n();
  const { options, current, select } = useUnitScope();
  if (options.length === 0) return null;
  return (
    <Select
      aria-label={m.shell.unitSwitcher}
      title={m.shell.unitSwitcher}
      style={isBlock ? { width: '100%' } : { minWidth: 220, maxWidth: 360 }}
      value={current?.id ?? wholeValue}
      onChange={(value: string) => select(value === wholeValue ? null : value)}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      options={options.map((option) => ({
        value: option.id ?? wholeValue,
        label: option.id === null ? m.common.wholeDeployment : `${option.name} (${option.code})`,
      }))}
    />
  );
}
