export type Locale = 'vi' | 'en';

/** A text in both languages: Vietnamese first, English second. */
export type Text = { vi: string; en: string };

/** Picks the locale from an Accept-Language header: English when it prefers en, else Vietnamese. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag.length > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}

/** Fills {name} placeholders. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A text in the locale; a parameter given in both languages (a legal basis, say) is shown in the same one. */
export function translate(text: Text, locale: Locale, params?: Record<string, unknown>): string {
  if (!params) return text[locale];
  const localised = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isText(value) ? value[locale] : value]));
  return format(text[locale], localised);
}

function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).vi === 'string' && typeof (value as Text).en === 'string';
}

const bilingualMark = 'i18n:';

/**
 * A message in both languages for a schema check (zod carries one string): the error response
 * shows the language the caller asked for.
 */
export function bilingual(text: Text): string {
  return bilingualMark + JSON.stringify(text);
}

/** The text of a message written with `bilingual`, or undefined for a plain one. */
export function readBilingual(message: string): Text | undefined {
  if (!message.startsWith(bilingualMark)) return undefined;
  const parsed = JSON.parse(message.slice(bilingualMark.length)) as Partial<Text>;
  return typeof parsed.vi === 'string' && typeof parsed.en === 'string' ? { vi: parsed.vi, en: parsed.en } : undefined;
}
