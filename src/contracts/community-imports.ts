/** Paper registers brought in from XLSX: a village's households and the mediators of its team; one wrong row and nothing is imported. */
import { z } from 'zod';

export const importRegisters = ['households', 'mediators'] as const;
export const RegisterImportRequest = z.object({
  register: z.enum(importRegisters),
  /** The commune whose villages the rows name (by village code or name). */
  unitId: z.uuid(),
  /** The XLSX file, base64-encoded. */
  content: z
    .string()
    .min(1)
    .max(10 * 1024 * 1024),
  dryRun: z.boolean().default(true),
});
export const RegisterImportResult = z.object({
  register: z.enum(importRegisters),
  rows: z.number().int(),
  imported: z.number().int(),
  dryRun: z.boolean(),
});
export const TemplateQuery = z.object({ register: z.enum(importRegisters) });
