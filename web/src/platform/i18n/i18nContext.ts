import { createContext } from 'react';
import type { Messages } from './vi';

export type Locale = 'vi' | 'en';

export const locales: readonly Locale[] = ['vi', 'en'];

export type I18nValue = {
  locale: Locale;
  m: Messages;
  setLocale: (locale: Locale) => void;
};

export const I18nContext = createContext<I18nValue | null>(null);
