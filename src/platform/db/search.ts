import { and, sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * Diacritics-insensitive text search, the one helper every module uses.
 * "nguyen van anh" finds "Nguyễn Văn Ánh"; "dak lak" finds "Đắk Lắk".
 *
 * Each word of the query must appear in the column, in any order. The SQL function
 * search_fold() (lower + unaccent, created by the first migration) is IMMUTABLE, so an
 * expression index `USING gin (search_fold(column) gin_trgm_ops)` serves these LIKE tests.
 * Returns undefined for a blank query, so callers can pass it straight to and(...).
 */
export function matchesText(column: SQLWrapper, query: string | undefined): SQL | undefined {
  const words = splitWords(query);
  if (words.length === 0) return undefined;
  return and(...words.map((word) => sql`search_fold(${column}) LIKE search_fold(${`%${escapeLike(word)}%`})`));
}

/** Same as matchesText over several columns: every word must appear in at least one. */
export function matchesAnyText(columns: SQLWrapper[], query: string | undefined): SQL | undefined {
  const words = splitWords(query);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const pattern = `%${escapeLike(word)}%`;
      return sql`(${sql.join(
        columns.map((column) => sql`search_fold(${column}) LIKE search_fold(${pattern})`),
        sql` OR `,
      )})`;
    }),
  );
}

/**
 * The order of the results of matchesText / matchesAnyText, best first, as an ORDER BY fragment.
 * The text and the query are folded (no diacritics, lower case, any run of other characters as
 * one space); the text comes first when it is the query (0), holds the query's words as a whole
 * phrase (1: "khai sinh" in "Đăng ký khai sinh"), holds the phrase inside longer words (2), or
 * only holds the words apart (3) — then the shorter text, the more specific one, first.
 * `ignoredPrefix` (folded words, e.g. "thu tuc") is dropped from the text's start before comparing.
 */
export function textMatchOrder(column: SQLWrapper, query: string | undefined, options: { ignoredPrefix?: string } = {}): SQL {
  const phrase = splitWords(query).join(' ');
  const folded = sql`trim(regexp_replace(search_fold(${column}), '[^a-z0-9]+', ' ', 'g'))`;
  const text = options.ignoredPrefix ? sql`regexp_replace(${folded}, ${`^${options.ignoredPrefix} `}, '')` : folded;
  if (phrase.length === 0) return sql`length(${text})`;
  const wanted = sql`trim(regexp_replace(search_fold(${phrase}), '[^a-z0-9]+', ' ', 'g'))`;
  return sql`(case
    when ${text} = ${wanted} then 0
    when strpos(' ' || ${text} || ' ', ' ' || ${wanted} || ' ') > 0 then 1
    when strpos(${text}, ${wanted}) > 0 then 2
    else 3 end), length(${text})`;
}

/** The same folding in JavaScript, for sorting and highlighting; the database is the reference. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

function splitWords(query: string | undefined): string[] {
  return (query ?? '')
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, 12);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
