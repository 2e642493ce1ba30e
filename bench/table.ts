/** One benchmark result line: the figure, and the same work done by a reference in the same run. */
export type BenchRow = {
  scenario: string;
  database: string;
  figure: number;
  unit: string;
  reference: number;
  referenceLabel: string;
  /** How the figure compares with the reference: > 1 means faster (rates) or slower (times). */
  ratio: number;
  notes?: string;
};

export function printTable(rows: BenchRow[]): void {
  const header = ['scenario', 'database', 'figure', 'reference', 'ratio', 'notes'];
  const lines = rows.map((row) => [
    row.scenario,
    row.database,
    `${format(row.figure)} ${row.unit}`,
    `${format(row.reference)} ${row.unit} (${row.referenceLabel})`,
    `${row.ratio.toFixed(2)}×`,
    row.notes ?? '',
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => line[index]!.length)));
  const render = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ');
  console.log(render(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const line of lines) console.log(render(line));
}

function format(value: number): string {
  if (value >= 1000) return new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value);
  return value.toFixed(value >= 10 ? 1 : 2);
}
