/** Lower case without Vietnamese tone marks and with đ as d: "Đăng ký" → "dang ky". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether Enter may take the first result of a search without the officer choosing it: a full
 * code looked up directly, or a name that begins with the words typed (leaving out the leading
 * "Thủ tục"), as "Thủ tục đăng ký khai sinh" for "dang ky khai sinh". A result that only contains
 * the words further on ("Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú…") is not taken:
 * the officer picks it with the arrow keys or the mouse.
 */
export function isSureMatch(query: string, first: { code: string; name: string } | undefined): boolean {
  if (!first) return false;
  const typed = foldText(query);
  if (!typed) return false;
  if (typed === first.code) return true;
  const name = foldText(first.name).replace(/^thu tuc /, '');
  return name.startsWith(typed.replace(/^thu tuc /, ''));
}
