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
