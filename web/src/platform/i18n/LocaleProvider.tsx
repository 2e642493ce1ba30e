import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLocale } from '../api/client';
import { en } from './en';
import { I18nContext, locales, type I18nValue, type Locale } from './i18nContext';
import { vi } from './vi';

const storageKey = 'motcua.locale';
const catalogues = { vi, en };
const antdLocales = { vi: viVN, en: enUS };

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored && (locales as readonly string[]).includes(stored)) return stored as Locale;
  } catch {
    // Storage can be unavailable (private mode); Vietnamese is the default.
  }
  return 'vi';
}

/** Holds the chosen language, remembers it and switches antd's locale along with ours. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);
  setApiLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered, still applied.
    }
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => ({ locale, m: catalogues[locale], setLocale }), [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={antdLocales[locale]}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
