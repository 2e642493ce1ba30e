/**
 * The pieces of a DOCX in the layout of Decree 30/2020/NĐ-CP shared by the letters and the reports:
 * runs in Times New Roman (sizes in half-points, 28 = 14 pt), centred lines, the borderless
 * two-column table of the heading and the signature.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export const DOCX_FONT = 'Times New Roman';
export type RunOptions = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean };

export const run = (text: string, options: RunOptions = {}) =>
  new TextRun({
    text,
    font: DOCX_FONT,
    size: options.size ?? 28,
    bold: options.bold ?? false,
    italics: options.italics ?? false,
    ...(options.underline ? { underline: {} } : {}),
  });

export const centred = (runs: TextRun[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: runs });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: noBorders, children });

/** Two columns side by side without borders (percentages of the width). */
export const twoColumns = (leftColumn: Paragraph[], rightColumn: Paragraph[], widths: [number, number]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(widths[0], leftColumn), cell(widths[1], rightColumn)] })],
  });
