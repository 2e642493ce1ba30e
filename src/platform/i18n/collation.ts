/** Vietnamese alphabetical order for lists people read: "Bạch" before "Bình", "Đ…" right after "D…". */
export const vietnameseCollator = new Intl.Collator('vi');

/** Sorts a copy of `items` in Vietnamese order of the text `textOf` gives. */
export function sortVietnamese<T>(items: readonly T[], textOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => vietnameseCollator.compare(textOf(a), textOf(b)));
}
