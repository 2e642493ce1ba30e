import { z } from 'zod';
import { validCitizenIdPrefixes } from './citizen-id.js';
import { bilingual } from '../../platform/i18n/locale.js';

const phone = z.string().trim().regex(/^(\+84|0)\d{9,10}$/, 'a Vietnamese phone number, e.g. 0912345678');

export const Applicant = z
  .object({
    kind: z.enum(['person', 'organisation']),
    name: z.string().trim().min(2).max(200),
    citizenId: z
      .string()
      .trim()
      .regex(/^\d{12}$/, bilingual({ vi: 'Gồm đúng 12 chữ số.', en: '12 digits.' }))
      .refine((id) => validCitizenIdPrefixes.has(id.slice(0, 3)), bilingual({ vi: '3 chữ số đầu phải là mã tỉnh nơi đăng ký khai sinh.', en: 'The first 3 digits must be a province code.' }))
      .optional(),
    taxCode: z.string().trim().regex(/^\d{10}(-\d{3})?$/, bilingual({ vi: 'Gồm 10 chữ số, hoặc 10-3 cho chi nhánh.', en: '10 digits, or 10-3 for a branch.' })).optional(),
    phone,
    email: z.email().optional(),
    address: z.string().trim().min(3).max(300),
  })
  .refine((applicant) => applicant.kind !== 'person' || applicant.citizenId !== undefined, {
    message: bilingual({ vi: 'Cá nhân cần số định danh cá nhân 12 chữ số.', en: 'A person needs a 12-digit citizen ID.' }),
    path: ['citizenId'],
  });
export type Applicant = z.infer<typeof Applicant>;

export const CounterIntakeRequest = z.object({
  receivingUnitId: z.uuid(),
  procedureCode: z.string().regex(/^\d\.\d{6}$/, 'D.DDDDDD'),
  applicant: Applicant,
  /** The checklist items received (1-based positions in the procedure's documents) and their counts. */
  documents: z.array(z.object({ index: z.number().int().min(1).max(60), count: z.number().int().min(1).max(20).default(1) })).max(60),
  setCount: z.number().int().min(1).max(50).default(1),
  delivery: z.enum(['counter', 'post', 'home', 'electronic']),
  /** Refuse at the counter (with a reason) instead of receiving. */
  refusalReason: z.string().trim().min(5).max(2000).optional(),
});
export type CounterIntakeRequest = z.infer<typeof CounterIntakeRequest>;
