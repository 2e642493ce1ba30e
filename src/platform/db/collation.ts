import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * Vietnamese alphabetical order in SQL, the same on the embedded database and on any server
 * whatever its locale: a sort key compared byte by byte (`collate "C"`), as `Intl.Collator('vi')`
 * orders the letters — a < ă < â < b … d < đ < e < ê … o < ô < ơ … u < ư, tones and case only
 * breaking ties ("Bạch" before "Bình", "Đông" right after "Dương").
 *
 * The key keeps each letter without its tone, in lower case, and writes ă, â, đ, ê, ô, ơ, ư as
 * their base letter followed by "{" or "|", which sort after every letter.
 * Callers break ties with the text itself (then the tones decide) and an id.
 */
export function vietnameseSortKey(column: SQLWrapper): SQL {
  let key = sql`translate(${column}, ${letters.from}, ${letters.to})`;
  for (const [letter, spelled] of modifiedLetters) key = sql`replace(${key}, ${letter}, ${spelled})`;
  return sql`(${key} collate "C")`;
}

/** The letters with a breve, circumflex or horn, and đ: after their base letter, in the alphabet's order. */
const modifiedLetters = [
  ['ă', 'a{'],
  ['â', 'a|'],
  ['đ', 'd{'],
  ['ê', 'e{'],
  ['ô', 'o{'],
  ['ơ', 'o|'],
  ['ư', 'u{'],
] as const;

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;
const alphabet = new Set('abcdefghijklmnopqrstuvwxyzăâđêôơư');

/** Every upper-case or toned Latin letter of Vietnamese, and the lower-case letter without its tone it sorts as. */
const letters = (() => {
  let from = '';
  let to = '';
  const ranges = [
    [0x41, 0x5a],
    [0xc0, 0x1b0],
    [0x1ea0, 0x1ef9],
  ] as const;
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code += 1) {
      const char = String.fromCodePoint(code);
      const letter = char.normalize('NFD').replace(toneMarks, '').normalize('NFC').toLowerCase();
      if (letter !== char && alphabet.has(letter)) {
        from += char;
        to += letter;
      }
    }
  }
  return { from, to };
})();
