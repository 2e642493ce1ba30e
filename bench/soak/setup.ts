import { benchAdminPassword, call, signIn, type Session } from '../http/server.js';

const temporaryPassword = 'Soak-officer-password-1';
const password = `${temporaryPassword}-changed`;

export type Officer = Session & { accountId: string; username: string };
/** A commune with its public-service centre and the officers the soak acts as. */
export type Commune = {
  index: number;
  id: string;
  code: string;
  name: string;
  /** Receives at the counter, opens the unit's list, has the kiosk paired with them. */
  counter: Officer;
  /** Opens "waiting for me" (the dossiers at the specialist's step). */
  specialist: Officer;
  /** Approves the results (the commune's leader step). */
  leader: Officer;
  /** Records the petitions the commune receives. */
  reception: Officer;
  /** The counter tablet paired with the counter officer: its address and the form token it holds. */
  kiosk: { path: string; formToken: string };
};
export type Province = { id: string; communes: Commune[] };

/** The headers of a request an officer sends from the officer app: the session cookie and its CSRF token. */
export function officerHeaders(officer: Officer, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken, ...extra };
}

const communeNames = [
  'Minh Sơn',
  'Giáp Trung',
  'Minh Ngọc',
  'Yên Cường',
  'Đường Hồng',
  'Bắc Mê',
  'Nông Tiến',
  'Minh Xuân',
  'Mỹ Lâm',
  'An Tường',
];

/**
 * Through the API, as an administrator would: a province, `count` communes each with its
 * public-service centre, a counter officer, a specialist, a leader and a reception officer (each changes
 * the temporary password, as a new account must), and a rating kiosk paired with each counter
 * officer. The demo catalogue was loaded before the server started.
 */
export async function setUpProvince(url: string, count: number): Promise<Province> {
  const admin = await signIn(url, 'admin', benchAdminPassword);
  const province = await call<{ id: string }>(url, admin, 'POST', '/api/v1/units', {
    code: 'SOAK',
    name: 'Tỉnh Thử Tải',
    type: 'province',
  });
  const communes: Commune[] = [];
  // A few communes at a time: each sign-in hashes a password on the server.
  for (let first = 0; first < count; first += 4) {
    const batch = Array.from({ length: Math.min(4, count - first) }, (_, offset) => setUpCommune(url, admin, province.id, first + offset));
    communes.push(...(await Promise.all(batch)));
  }
  return { id: province.id, communes };
}

async function setUpCommune(url: string, admin: Session, provinceId: string, index: number): Promise<Commune> {
  const number = String(index + 1).padStart(2, '0');
  const name = `Xã ${communeNames[index % communeNames.length]}${index >= communeNames.length ? ` ${Math.floor(index / communeNames.length) + 1}` : ''}`;
  const commune = await call<{ id: string; code: string; name: string }>(url, admin, 'POST', '/api/v1/units', {
    code: `SOAK${number}`,
    name,
    type: 'commune',
    parentId: provinceId,
  });
  const centre = await call<{ id: string }>(url, admin, 'POST', '/api/v1/units', {
    code: `SOAK${number}-TTPVHCC`,
    name: `Trung tâm Phục vụ hành chính công ${name.replace(/^Xã /, 'xã ')}`,
    type: 'service_centre',
    parentId: commune.id,
  });
  const officer = async (prefix: string, fullName: string, role: string, unitId: string): Promise<Officer> => {
    const username = `${prefix}.soak${number}`;
    const staff = await call<{ id: string }>(url, admin, 'POST', '/api/v1/staff', {
      username,
      fullName,
      password: temporaryPassword,
      unitId,
      roles: [{ role, unitId: commune.id }],
    });
    const session = await signIn(url, username, temporaryPassword);
    await call(url, session, 'POST', '/api/v1/auth/password', { currentPassword: temporaryPassword, newPassword: password }, 204);
    return { ...session, accountId: staff.id, username };
  };
  const counter = await officer('motcua', `Nguyễn Thị Một Cửa ${number}`, 'counter_officer', centre.id);
  const specialist = await officer('chuyenvien', `Trần Văn Chuyên ${number}`, 'specialist', commune.id);
  const leader = await officer('lanhdao', `Hoàng Văn Lãnh ${number}`, 'leader', commune.id);
  const reception = await officer('tiepdan', `Lê Thị Tiếp ${number}`, 'reception_officer', commune.id);
  const paired = await call<{ path: string }>(url, counter, 'POST', '/api/v1/ratings/kiosks', { unitId: commune.id, label: 'Quầy 1' });
  return {
    index,
    id: commune.id,
    code: commune.code,
    name: commune.name,
    counter,
    specialist,
    leader,
    reception,
    kiosk: { path: paired.path, formToken: await kioskFormToken(url, paired.path) },
  };
}

/** The tablet opens its screen once and keeps the form-token cookie it is given, as a browser does. */
async function kioskFormToken(url: string, path: string): Promise<string> {
  const response = await fetch(`${url}${path}`);
  await response.text();
  if (response.status !== 200) throw new Error(`the kiosk screen answered ${response.status}`);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('motcua_form='));
  if (!cookie) throw new Error('the kiosk screen set no form-token cookie');
  return cookie.slice('motcua_form='.length).split(';')[0]!;
}
