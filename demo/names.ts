/**
 * Vietnamese names for the demo's people: family names weighted roughly by frequency, with the
 * Tày, Dao, Mông and Nùng family names common in the north-eastern mountains (Bắc Mê), middle
 * and given names by gender, village names, phone numbers and citizen ID numbers. All invented.
 */
import type { Random } from './random.js';
import { weightedPicker } from './random.js';

/** Kinh, Tày and Nùng names (the same pattern of family, middle and given name). */
const common = {
  family: weightedPicker<string>([
    ['Nguyễn', 30],
    ['Trần', 8],
    ['Lê', 7],
    ['Phạm', 5],
    ['Hoàng', 5],
    ['Vũ', 3],
    ['Đặng', 2],
    ['Bùi', 2],
    ['Đỗ', 2],
    ['Ngô', 1],
    ['Dương', 1.5],
    ['Đinh', 1],
    ['Phan', 1],
    ['Lương', 1.5],
    ['Ma', 4],
    ['Nông', 4],
    ['Hà', 3],
    ['Lục', 1.5],
    ['Quan', 1],
    ['Mã', 1],
    ['La', 0.8],
    ['Vi', 0.5],
  ]),
  middle: {
    male: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quốc', 'Công', 'Hữu', 'Xuân', 'Thành', 'Trung', 'Ngọc'],
    female: ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Phương', 'Kim', 'Mai'],
  },
  given: {
    male: [
      'An',
      'Anh',
      'Bảo',
      'Bình',
      'Cường',
      'Dũng',
      'Đạt',
      'Đông',
      'Giang',
      'Hải',
      'Hiếu',
      'Hòa',
      'Hoàng',
      'Hùng',
      'Huy',
      'Khánh',
      'Khoa',
      'Kiên',
      'Lâm',
      'Long',
      'Mạnh',
      'Minh',
      'Nam',
      'Nghĩa',
      'Phong',
      'Phúc',
      'Quân',
      'Quang',
      'Sơn',
      'Tài',
      'Thắng',
      'Thành',
      'Thịnh',
      'Tiến',
      'Toàn',
      'Trung',
      'Tuấn',
      'Tùng',
      'Việt',
      'Vinh',
    ],
    female: [
      'An',
      'Anh',
      'Bích',
      'Chi',
      'Dung',
      'Duyên',
      'Giang',
      'Hà',
      'Hạnh',
      'Hằng',
      'Hiền',
      'Hoa',
      'Hương',
      'Huyền',
      'Lan',
      'Liên',
      'Linh',
      'Loan',
      'Mai',
      'My',
      'Nga',
      'Ngân',
      'Nhung',
      'Oanh',
      'Phương',
      'Quỳnh',
      'Sen',
      'Tâm',
      'Thảo',
      'Thoa',
      'Thu',
      'Thủy',
      'Trang',
      'Tuyết',
      'Vân',
      'Xuân',
      'Yến',
    ],
  },
};

/** Mông and Dao names, common in the high communes around Bắc Mê. */
const highland = {
  family: weightedPicker<string>([
    ['Giàng', 3],
    ['Sùng', 2],
    ['Thào', 2],
    ['Vàng', 2],
    ['Lý', 1.5],
    ['Triệu', 2.5],
    ['Bàn', 2],
    ['Đặng', 1],
    ['Lò', 1],
    ['Hầu', 1],
  ]),
  middle: { male: ['Seo', 'A', 'Văn', 'Mí', 'Văn'], female: ['Thị', 'Thị', 'Mỷ'] },
  given: {
    male: ['Chứ', 'Pó', 'Sình', 'Páo', 'Dính', 'Sử', 'Chúng', 'Vần', 'Lử', 'Phủ', 'Tả', 'Quáng'],
    female: ['Mỷ', 'Sua', 'Dế', 'Chở', 'Súa', 'Pà', 'Mai', 'Dua', 'Ly', 'Xuân', 'Mẩy', 'Sâu'],
  },
};

export type Gender = 'male' | 'female';

/** Names of well-known public figures the generator could happen to produce; drawn again. */
const wellKnown = new Set([
  'Nguyễn Xuân Phúc',
  'Phạm Minh Chính',
  'Nông Đức Mạnh',
  'Lê Đức Anh',
  'Hoàng Trung Hải',
  'Nguyễn Văn An',
  'Nguyễn Văn Thành',
  'Trần Văn Thắng',
]);

/** An invented full name; `highlandShare` of them Mông or Dao. */
export function personName(random: Random, gender: Gender = random.chance(0.5) ? 'male' : 'female', highlandShare = 0.12): string {
  for (;;) {
    const pool = random.chance(highlandShare) ? highland : common;
    const [middle, given] = [random.pick(pool.middle[gender]), random.pick(pool.given[gender])];
    const name = `${pool.family(random)} ${middle} ${given}`;
    if (middle !== given && !wellKnown.has(name)) return name;
  }
}

/** Villages (thôn, bản) as they are named around Bắc Mê and in rural Tuyên Quang. */
const villages = [
  'Nà Sáng',
  'Nà Vuồng',
  'Bản Tàn',
  'Khuổi Kẹn',
  'Nà Chang',
  'Pác Tạ',
  'Bó Củng',
  'Nà Nưa',
  'Bản Đuốc',
  'Lũng Vầy',
  'Nà Thác',
  'Khâu Lấu',
  'Phiêng Luông',
  'Nà Pù',
  'Bản Loan',
  'Nà Luông',
  'Lủng Thàng',
  'Bản Khén',
  'Nà Đon',
  'Tân Lập',
  'Tân Tiến',
  'Đồng Tâm',
  'Minh Khai',
  'Xuân Hòa',
  'Làng Chùa',
  'Thôn Trung',
  'Ngòi Sen',
  'Cầu Cả',
];

/** An address in a commune (a village) or a ward (a residential group, tổ dân phố). */
export function addressIn(random: Random, unit: { name: string; type: string }, provinceName: string): string {
  const place = unit.type === 'ward' ? `Tổ dân phố ${random.int(1, 24)}` : `Thôn ${random.pick(villages)}`;
  return `${place}, ${unit.name.replace(/^(Xã|Phường) /, (word) => word.toLowerCase())}, ${provinceName.replace(/^Tỉnh /, 'tỉnh ')}`;
}

/** A mobile number with a Vietnamese carrier prefix (invented; the demo server sends no messages). */
export function phoneNumber(random: Random): string {
  return `${random.pick(['086', '096', '097', '098', '032', '033', '035', '088', '091', '094', '083', '070', '079', '077'])}${random.digits(7)}`;
}

/**
 * A 12-digit citizen ID: province of birth registration (0 + the pre-2025 province code),
 * gender and century digit, two digits of the birth year, six random digits.
 */
export function citizenId(random: Random, provincePrefix: string, gender: Gender, birthYear: number): string {
  const century = birthYear >= 2000 ? 2 : 0;
  return `${provincePrefix}${century + (gender === 'female' ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}${random.digits(6)}`;
}

/** Letters without diacritics, for usernames: "Xã Bắc Mê" → "bacme". */
export function asciiSlug(name: string): string {
  return name
    .replace(/^(Xã|Phường|Đặc khu|Tỉnh) /, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
