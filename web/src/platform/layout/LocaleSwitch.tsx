import { Segmented } from 'antd';
import type { Locale } from '../i18n/i18nContext';
import { useI18n } from '../i18n/useI18n';

/** The vi/en switch; the choice also switches antd's locale and is remembered. */
export function LocaleSwitch() {
  const { locale, m, setLocale } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={m.locale.label}
      value={locale}
      onChange={setLocale}
      options={[
        { value: 'vi', label: m.locale.vi },
        { value: 'en', label: m.locale.en },
      ]}
    />
  );
}
