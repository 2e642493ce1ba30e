import type { Doc, FontStyle } from './pdf-kit.js';
import { bottom, contentWidth, left, use } from './pdf-kit.js';

/**
 * A plain ruled table: wrapped cell text, row heights measured with heightOfString, rows kept
 * whole and moved to the next page with the header row repeated. Columns that share a `group`
 * get a two-level header: the group name spanning them over their own headings.
 */

export type Align = 'left' | 'center' | 'right';
export type CellLine = { text: string; style?: FontStyle };
export type Cell = string | { lines: CellLine[]; align?: Align };
export type Column = { header: string; weight: number; align?: Align; group?: string };

export type TableOptions = {
  fontSize: number;
  headerFontSize?: number;
  padding?: number;
  lineGap?: number;
  /** Drawn on every page the table continues on, before its header (e.g. page furniture). */
  onNewPage?: () => void;
};

type Measured = { lines: CellLine[]; align: Align; height: number };

export function drawTable(doc: Doc, columns: Column[], rows: Cell[][], options: TableOptions): void {
  const x0 = left(doc);
  const total = contentWidth(doc);
  const weightSum = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (total * column.weight) / weightSum);
  const xs = widths.map((_, index) => x0 + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const pad = options.padding ?? 3;
  const gap = options.lineGap ?? -0.5;
  const size = options.fontSize;
  const headerSize = options.headerFontSize ?? size;

  const measure = (cell: Cell | undefined, width: number, fallback: Align, cellSize: number, style: FontStyle = 'regular'): Measured => {
    const lines = cell === undefined ? [] : typeof cell === 'string' ? [{ text: cell, style }] : cell.lines;
    const align = typeof cell === 'object' && cell.align ? cell.align : fallback;
    let height = 0;
    for (const line of lines)
      if (line.text !== '')
        height += use(doc, line.style ?? style, cellSize).heightOfString(line.text, { width: width - 2 * pad, lineGap: gap });
    return { lines, align, height };
  };

  const paint = (cell: Measured, x: number, y: number, width: number, height: number, cellSize: number) => {
    let ty = y + Math.max(pad, (height - cell.height) / 2);
    for (const line of cell.lines) {
      if (line.text === '') continue;
      use(doc, line.style ?? 'regular', cellSize).text(line.text, x + pad, ty, {
        width: width - 2 * pad,
        align: cell.align,
        lineGap: gap,
        height: Math.max(cell.height, bottom(doc) - ty) + 2,
      });
      ty = doc.y;
    }
  };

  // Header layout: one level, or two when some columns are grouped.
  const grouped = columns.some((column) => column.group);
  const groups: { name: string; from: number; to: number }[] = [];
  columns.forEach((column, index) => {
    const last = groups[groups.length - 1];
    if (column.group && last && last.name === column.group && last.to === index - 1) last.to = index;
    else if (column.group) groups.push({ name: column.group, from: index, to: index });
  });
  const heads = columns.map((column, index) => measure(column.header, widths[index]!, 'center', headerSize, 'bold'));
  const groupHeads = groups.map((group) =>
    measure(group.name, xs[group.to]! + widths[group.to]! - xs[group.from]!, 'center', headerSize, 'bold'),
  );
  const subHeight = Math.max(0, ...heads.filter((_, i) => columns[i]!.group).map((head) => head.height)) + 2 * pad;
  const groupHeight = Math.max(0, ...groupHeads.map((head) => head.height)) + 2 * pad;
  const soloHeight = Math.max(...heads.filter((_, i) => !columns[i]!.group).map((head) => head.height)) + 2 * pad;
  const headerHeight = grouped ? Math.max(soloHeight, groupHeight + subHeight) : soloHeight;
  const upper = grouped ? headerHeight - subHeight : 0;

  const box = (x: number, y: number, width: number, height: number) => doc.rect(x, y, width, height);

  const drawHeader = (y: number) => {
    doc.save().lineWidth(0.5);
    columns.forEach((column, index) => {
      const sub = column.group !== undefined;
      box(xs[index]!, sub ? y + upper : y, widths[index]!, sub ? headerHeight - upper : headerHeight);
    });
    groups.forEach((group) => box(xs[group.from]!, y, xs[group.to]! + widths[group.to]! - xs[group.from]!, upper));
    doc.stroke().restore();
    columns.forEach((column, index) => {
      const sub = column.group !== undefined;
      paint(heads[index]!, xs[index]!, sub ? y + upper : y, widths[index]!, sub ? headerHeight - upper : headerHeight, headerSize);
    });
    groups.forEach((group, index) =>
      paint(groupHeads[index]!, xs[group.from]!, y, xs[group.to]! + widths[group.to]! - xs[group.from]!, upper, headerSize),
    );
    return y + headerHeight;
  };

  const newPage = () => {
    doc.addPage();
    options.onNewPage?.();
    return drawHeader(doc.y);
  };

  const measuredRows = rows.map((row) => {
    const cells = columns.map((column, index) => measure(row[index], widths[index]!, column.align ?? 'left', size));
    return { cells, height: Math.max(...cells.map((cell) => cell.height)) + 2 * pad };
  });

  const firstRow = measuredRows[0]?.height ?? 0;
  let y = doc.y + headerHeight + firstRow > bottom(doc) ? newPage() : drawHeader(doc.y);
  for (const row of measuredRows) {
    if (y + row.height > bottom(doc) && y > doc.page.margins.top + headerHeight + 1) y = newPage();
    doc.save().lineWidth(0.5);
    columns.forEach((_, index) => box(xs[index]!, y, widths[index]!, row.height));
    doc.stroke().restore();
    row.cells.forEach((cell, index) => paint(cell, xs[index]!, y, widths[index]!, row.height, size));
    y += row.height;
  }
  doc.x = x0;
  doc.y = y;
}
