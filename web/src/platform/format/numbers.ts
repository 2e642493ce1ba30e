/** 1234567 → "1.234.567" (Vietnamese groups thousands with dots). */
export function groupThousands(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** "1.234.567" → "1234567" for an integer input. */
export function ungroupThousands(text: string | undefined): string {
  return (text ?? '').replace(/[^\d]/g, '');
}

/** An amount in VND: "25.000 ₫". */
export function formatVnd(amount: number): string {
  return `${groupThousands(amount)} ₫`;
}
