/** One benchmark result line: the figure, and the same work done by a reference in the same run. */
export type BenchRow = {
  scenario: string;
  database: string;
  figure: number;
  unit: string;
  /** Latency percentiles of the figure, in milliseconds (HTTP scenarios). */
  latency?: { p50: number; p99: number } | { p50: number; p95: number };
  reference?: number;
  referenceUnit?: string;
  referenceLabel?: string;
  /** How the figure compares with the reference, as `ratioLabel` says (e.g. raw/HTTP). */
  ratio?: number;
  ratioLabel?: string;
  /** The target of the issue, in words, and whether this run met it (undefined: no target). */
  target?: string;
  met?: boolean;
  notes?: string;
};

export function printTable(rows: BenchRow[], print: (line: string) => void = console.log): void {
  const header = ['scenario', 'database', 'figure', 'reference', 'ratio', 'target', 'met?'];
  const lines = rows.map((row) => [
    row.scenario,
    row.database,
    `${format(row.figure)} ${row.unit}${row.latency ? ` (p50 ${format(row.latency.p50)} ms, ${'p99' in row.latency ? `p99 ${format(row.latency.p99)}` : `p95 ${format(row.latency.p95)}`} ms)` : ''}`,
    row.reference === undefined
      ? '—'
      : `${format(row.reference)} ${row.referenceUnit ?? row.unit}${row.referenceLabel ? ` (${row.referenceLabel})` : ''}`,
    row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×${row.ratioLabel ? ` ${row.ratioLabel}` : ''}`,
    row.target ?? '—',
    row.met === undefined ? '—' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => line[index]!.length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index]!))
      .join(' | ')
      .trimEnd();
  print(render(header));
  print(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const line of lines) print(render(line));
  const notes = rows.filter((row) => row.notes);
  if (notes.length > 0) {
    print('');
    for (const row of notes) print(`${row.scenario}, ${row.database}: ${row.notes}`);
  }
}

export function format(value: number): string {
  if (value >= 1000) return new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value);
  return value.toFixed(value >= 10 ? 1 : 2);
}
