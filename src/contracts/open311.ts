/**
 * Open311 GeoReport v2 (open311.org, "GeoReport v2"): the problems a place can be reported for,
 * and a report as city apps send it (form-encoded) — so that existing apps report reflections about
 * places into the unit's petition book. Empty form fields count as absent.
 */
import { z } from 'zod';
import { isoDateTime } from '../platform/http/dates.js';
import { bilingual } from '../platform/i18n/locale.js';

/** The problems a place can be reported for; each becomes a reflection, classified by the officer. */
export const open311Services = [
  { code: 'road', name: 'Đường sá, cầu cống hư hỏng', description: 'Ổ gà, sụt lún, cầu, cống, rãnh thoát nước hư hỏng', group: 'Hạ tầng' },
  { code: 'lighting', name: 'Chiếu sáng công cộng', description: 'Đèn đường hỏng, tắt, sáng ban ngày', group: 'Hạ tầng' },
  { code: 'water', name: 'Cấp, thoát nước và ngập úng', description: 'Mất nước, vỡ ống, ngập khi mưa', group: 'Hạ tầng' },
  { code: 'waste', name: 'Rác thải, vệ sinh môi trường', description: 'Rác không được thu gom, đổ trộm, ô nhiễm', group: 'Môi trường' },
  { code: 'order', name: 'Trật tự đô thị, lấn chiếm', description: 'Lấn chiếm lòng đường, vỉa hè, xây dựng trái phép', group: 'Trật tự' },
  { code: 'other', name: 'Vấn đề khác', description: 'Các phản ánh khác về một địa điểm', group: 'Khác' },
] as const;
export const open311ServiceCodes = open311Services.map((service) => service.code) as [string, ...string[]];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const text = (max: number) => z.string().trim().max(max);

export const Open311Report = z
  .object({
    api_key: optional(text(200)),
    jurisdiction_id: optional(text(40)),
    service_code: z.enum(open311ServiceCodes),
    lat: optional(z.coerce.number().min(-90).max(90)),
    long: optional(z.coerce.number().min(-180).max(180)),
    address_string: optional(text(300).min(3)),
    address_id: optional(text(100)),
    description: text(4000).min(10, bilingual({ vi: 'Ghi rõ nội dung, ít nhất 10 ký tự.', en: 'At least 10 characters.' })),
    first_name: optional(text(100)),
    last_name: optional(text(100)),
    email: optional(z.email().max(200)),
    phone: optional(
      z
        .string()
        .trim()
        .regex(/^(\+84|0)\d{9,10}$/, bilingual({ vi: 'Số điện thoại Việt Nam.', en: 'A Vietnamese phone number.' })),
    ),
    device_id: optional(text(200)),
    account_id: optional(text(200)),
    media_url: optional(z.url().max(500)),
  })
  .superRefine((value, context) => {
    if ((value.lat === undefined) !== (value.long === undefined))
      context.addIssue({
        code: 'custom',
        path: [value.lat === undefined ? 'lat' : 'long'],
        message: bilingual({ vi: 'Cần cả vĩ độ và kinh độ.', en: 'Give both lat and long.' }),
      });
    if (value.lat === undefined && !value.address_string)
      context.addIssue({
        code: 'custom',
        path: ['address_string'],
        message: bilingual({ vi: 'Cần vị trí (lat, long) hoặc địa chỉ.', en: 'A location (lat and long) or an address is required.' }),
      });
  });
export type Open311Report = z.infer<typeof Open311Report>;

export const Open311RequestsQuery = z.object({
  service_request_id: optional(text(1100)),
  service_code: optional(z.enum(open311ServiceCodes)),
  start_date: optional(isoDateTime),
  end_date: optional(isoDateTime),
  status: optional(z.enum(['open', 'closed'])),
  jurisdiction_id: optional(text(40)),
});
export type Open311RequestsQuery = z.infer<typeof Open311RequestsQuery>;
