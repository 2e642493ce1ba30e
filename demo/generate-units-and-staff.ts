/**
 * The demo's organisation: Tuyên Quang (with Hà Giang, which it absorbed) and its history from
 * the reference tables, a public-service centre for the province and for each active commune,
 * and staff for every role, all through the org module's use cases.
 */
import crypto from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { systemContext, type CommandContext } from '../src/platform/audit/audit.js';
import { changeOwnPassword, findAccountByUsername } from '../src/platform/auth/accounts.js';
import { roleLabels, type Role } from '../src/platform/auth/access.js';
import type { SuccessionShare } from '../src/contracts/org.js';
import type { Principal } from '../src/platform/auth/principal.js';
import type { Db } from '../src/platform/db/types.js';
import { createAccessPolicy, ensureAdministrator, importReferenceUnits } from '../src/modules/org/index.js';
import { units, unitSuccessions } from '../src/modules/org/org.tables.js';
import { createStaff } from '../src/modules/org/use-cases/create-staff.js';
import { getVersion } from '../src/modules/catalog/index.js';
import { reviseProcedure } from '../src/modules/catalog/use-cases/save-procedure.js';
import { createUnit } from '../src/modules/org/use-cases/create-unit.js';
import { updateUnit } from '../src/modules/org/use-cases/update-unit.js';
import { asciiSlug, personName } from './names.js';
import type { Random } from './random.js';

export const DEMO_PASSWORD = 'Demo-password-2025';
/** What the administrator gives each demo account before its first sign-in. */
const TEMPORARY_PASSWORD = 'Demo-temporary-2025';
export const PROVINCE_CODE = '08';
const reformDate = '2025-07-01';
/** The old Bắc Mê district (Hà Giang) and the old city of Tuyên Quang, whose successors get activity first. */
const BAC_ME_DISTRICT = '031';
const TUYEN_QUANG_CITY = '070';
export const FIRST_COMMUNE = '00991';
export const centreCode = (unitCode: string) => `${unitCode}-TTPVHCC`;
/**
 * Agency identifiers in the QCVN 102:2016 layout (V1V2V3.Z1Z2.Y1Y2.MX1X2) under H60, the level-1
 * code of Tuyên Quang: the province's People's Committee, its bodies at level 2 (Y1Y2), a commune's
 * centre at level 3 (Z1Z2 = 01). Sample values for the demo; a province uses those it was assigned.
 */
const PROVINCE_IDENTIFIER = '000.00.00.H60';
const identifierAt = (level2: number, level3 = 0) => `000.${String(level3).padStart(2, '0')}.${String(level2).padStart(2, '0')}.H60`;
/** The provincial bodies that handle the demo's province-level procedures, with their codes and level-2 numbers. */
export const DEMO_DEPARTMENTS = [
  { code: '08-CAT', name: 'Công an tỉnh Tuyên Quang', level2: 11, headTitle: 'Giám đốc', procedures: ['2.000505'] },
  { code: '08-SYT', name: 'Sở Y tế tỉnh Tuyên Quang', level2: 12, headTitle: 'Giám đốc', procedures: ['1.004616'] },
] as const;

export type StaffRef = { accountId: string; username: string; fullName: string };
export type ActiveCommune = {
  id: string;
  code: string;
  name: string;
  type: string;
  path: string;
  parentId: string | null;
  centreId: string;
  counter: StaffRef;
  specialist: StaffRef;
  leader: StaffRef;
};
export type DemoAccount = { username: string; password: string; fullName: string; role: string; unit: string };
export type DemoDepartment = { id: string; code: string; name: string; specialist: StaffRef; leader: StaffRef };
export type DemoOrg = {
  province: { id: string; name: string };
  communes: ActiveCommune[];
  departments: DemoDepartment[];
  accounts: DemoAccount[];
};

/** Acting as a staff member, with the roles that person holds (as the officer app does after sign-in). */
export function staffPrincipal(person: { accountId: string; username: string }): Principal {
  return {
    kind: 'session',
    accountId: person.accountId,
    username: person.username,
    sessionId: crypto.randomUUID(),
    csrfToken: '',
    mustChangePassword: false,
  };
}

export const staffContext = (person: { accountId: string; username: string }): CommandContext => ({
  actor: { id: person.accountId, name: person.username },
});

/** Xã Bắc Mê first, the communes formed from the old Bắc Mê district, the wards of the old provincial capital, then the rest by code. */
async function chooseCommunes(db: Db, provinceId: string, count: number) {
  const current = await db
    .select({ id: units.id, code: units.code, name: units.name, type: units.type, path: units.path, parentId: units.parentId })
    .from(units)
    .where(and(eq(units.parentId, provinceId), eq(units.validFrom, reformDate), isNull(units.validTo)))
    .orderBy(asc(units.code));
  const successorsOf = async (districtCode: string, share: SuccessionShare) => {
    const [district] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.code, districtCode), eq(units.validTo, '2025-06-30')));
    if (!district) return new Set<string>();
    const rows = await db
      .selectDistinct({ toUnitId: unitSuccessions.toUnitId })
      .from(unitSuccessions)
      .innerJoin(units, eq(units.id, unitSuccessions.fromUnitId))
      .where(and(eq(units.parentId, district.id), eq(unitSuccessions.share, share)));
    return new Set(rows.map((row) => row.toUnitId));
  };
  const bacMe = await successorsOf(BAC_ME_DISTRICT, 'full');
  const capital = await successorsOf(TUYEN_QUANG_CITY, 'full');
  const rank = (unit: { id: string; code: string }) =>
    unit.code === FIRST_COMMUNE ? 0 : bacMe.has(unit.id) ? 1 : capital.has(unit.id) ? 2 : 3;
  return [...current].sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code)).slice(0, count);
}

/** "Xã Bắc Mê" → "xã Bắc Mê", as it reads inside a longer name. */
const lowerDesignation = (name: string) => name.replace(/^(Xã|Phường|Đặc khu|Tỉnh) /, (word) => word.toLowerCase());

export async function generateUnitsAndStaff(
  db: Db,
  random: Random,
  options: { communes: number; adminPassword: string; log: (line: string) => void },
): Promise<DemoOrg> {
  const context = systemContext('demo');
  await ensureAdministrator(db, { password: options.adminPassword });
  const admin = await findAccountByUsername(db, 'admin');
  if (!admin) throw new Error('the administrator account is missing');
  const deps = { db, access: createAccessPolicy(db) };
  const adminPrincipal = staffPrincipal({ accountId: admin.id, username: admin.username });
  const adminContext = staffContext({ accountId: admin.id, username: admin.username });
  const accounts: DemoAccount[] = [
    {
      username: 'admin',
      password: options.adminPassword,
      fullName: 'Quản trị hệ thống',
      role: roleLabels.administrator.vi,
      unit: 'toàn hệ thống',
    },
  ];

  const report = await importReferenceUnits(db, context, { province: PROVINCE_CODE, withHistory: true });
  options.log(`units: ${report.units} imported with ${report.successions} succession links`);
  const [province] = await db
    .select()
    .from(units)
    .where(and(eq(units.code, PROVINCE_CODE), eq(units.validFrom, reformDate)));
  if (!province) throw new Error(`province ${PROVINCE_CODE} was not imported`);

  /** The administrator records an agency's identifier, as on the units page. */
  const setIdentifier = async (unit: { id: string }, agencyIdentifier: string) => {
    const [row] = await db.select({ version: units.version }).from(units).where(eq(units.id, unit.id));
    await updateUnit(deps, adminPrincipal, adminContext, { id: unit.id, expectedVersion: row!.version, patch: { agencyIdentifier } });
  };
  const addCentre = (parent: { id: string; code: string; name: string }, agencyIdentifier: string | undefined) =>
    createUnit(deps, adminPrincipal, adminContext, {
      code: centreCode(parent.code),
      name: `Trung tâm Phục vụ hành chính công ${lowerDesignation(parent.name)}`,
      type: 'service_centre',
      parentId: parent.id,
      validFrom: reformDate,
      ...(agencyIdentifier ? { agencyIdentifier } : {}),
      address: `Trụ sở ${parent.name === province.name ? 'UBND tỉnh Tuyên Quang' : `UBND ${lowerDesignation(parent.name)}`}`,
    });

  const usedSlugs = new Set<string>();
  const usedNames = new Set<string>();
  const addStaff = async (input: {
    username: string;
    title: string;
    role: Role;
    unitId: string;
    homeUnitId: string;
    unitName: string;
    highlandShare?: number;
  }): Promise<StaffRef> => {
    let fullName = personName(random, undefined, input.highlandShare);
    while (usedNames.has(fullName)) fullName = personName(random, undefined, input.highlandShare);
    usedNames.add(fullName);
    const created = await createStaff(deps, adminPrincipal, adminContext, {
      username: input.username,
      fullName,
      password: TEMPORARY_PASSWORD,
      title: input.title,
      unitId: input.homeUnitId,
      roles: [{ role: input.role, unitId: input.unitId }],
    });
    // The demo accounts are ready to use: each changes the administrator's temporary password to the
    // (shared, documented) demo password, as at a first sign-in.
    await changeOwnPassword(db, staffContext({ accountId: created.id, username: input.username }), {
      accountId: created.id,
      sessionId: crypto.randomUUID(),
      currentPassword: TEMPORARY_PASSWORD,
      newPassword: DEMO_PASSWORD,
    });
    accounts.push({ username: input.username, password: DEMO_PASSWORD, fullName, role: roleLabels[input.role].vi, unit: input.unitName });
    return { accountId: created.id, username: input.username, fullName };
  };

  await setIdentifier(province, PROVINCE_IDENTIFIER);
  const provinceCentre = await addCentre(province, identifierAt(30));
  const provinceStaff: [string, string, Role][] = [
    ['quantri.tinh', 'Chuyên viên Sở Khoa học và Công nghệ (quản trị hệ thống)', 'administrator'],
    ['giamsat.tinh', 'Thanh tra viên, Văn phòng UBND tỉnh', 'supervisor'],
    ['tiepdan.tinh', 'Chuyên viên Ban Tiếp công dân tỉnh', 'reception_officer'],
    ['danvan.tinh', 'Chuyên viên Ban Dân vận Tỉnh ủy', 'mobilisation_officer'],
  ];
  for (const [username, title, role] of provinceStaff) {
    await addStaff({ username, title, role, unitId: province.id, homeUnitId: province.id, unitName: province.name });
  }
  await addStaff({
    username: 'motcua.tinh',
    title: 'Công chức tiếp nhận và trả kết quả',
    role: 'counter_officer',
    unitId: provinceCentre.id,
    homeUnitId: provinceCentre.id,
    unitName: provinceCentre.name,
  });

  const departments: DemoDepartment[] = [];
  for (const department of DEMO_DEPARTMENTS) {
    const unit = await createUnit(deps, adminPrincipal, adminContext, {
      code: department.code,
      name: department.name,
      type: 'department',
      parentId: province.id,
      validFrom: reformDate,
      agencyIdentifier: identifierAt(department.level2),
      headTitle: department.headTitle,
    });
    const slug = department.code.toLowerCase().replace('08-', '');
    const local = { unitId: unit.id, homeUnitId: unit.id, unitName: unit.name };
    departments.push({
      id: unit.id,
      code: department.code,
      name: unit.name,
      specialist: await addStaff({ ...local, username: `chuyenvien.${slug}`, title: `Chuyên viên, ${unit.name}`, role: 'specialist' }),
      leader: await addStaff({ ...local, username: `lanhdao.${slug}`, title: `Phó Giám đốc, ${unit.name}`, role: 'leader' }),
    });
  }

  const chosen = await chooseCommunes(db, province.id, options.communes);
  const communes: ActiveCommune[] = [];
  for (const [index, commune] of chosen.entries()) {
    let slug = asciiSlug(commune.name);
    if (usedSlugs.has(slug)) slug = `${slug}${commune.code}`;
    usedSlugs.add(slug);
    // Sample level-2 numbers from 40 up for the communes, their centres at level 3.
    const level2 = 40 + index <= 99 ? 40 + index : undefined;
    if (level2 !== undefined) await setIdentifier(commune, identifierAt(level2));
    const centre = await addCentre(commune, level2 === undefined ? undefined : identifierAt(level2, 1));
    const designation = commune.type === 'ward' ? 'phường' : 'xã';
    const local = { unitId: commune.id, unitName: commune.name, highlandShare: commune.type === 'ward' ? 0.03 : 0.15 };
    const counter = await addStaff({
      ...local,
      username: `motcua.${slug}`,
      title: 'Công chức tiếp nhận và trả kết quả',
      role: 'counter_officer',
      homeUnitId: centre.id,
    });
    const specialist = await addStaff({
      ...local,
      username: `chuyenvien.${slug}`,
      title: `Công chức Văn phòng - Tư pháp ${designation}`,
      role: 'specialist',
      homeUnitId: commune.id,
    });
    const leader = await addStaff({
      ...local,
      username: `lanhdao.${slug}`,
      title: `Phó Chủ tịch UBND ${designation}`,
      role: 'leader',
      homeUnitId: commune.id,
    });
    communes.push({ ...commune, centreId: centre.id, counter, specialist, leader });
  }
  const centres = await db
    .select({ id: units.id })
    .from(units)
    .where(
      inArray(
        units.code,
        chosen.map((unit) => centreCode(unit.code)),
      ),
    );
  options.log(`units: ${centres.length + 1} public-service centres; staff: ${accounts.length} accounts`);
  return { province: { id: province.id, name: province.name }, communes, departments, accounts };
}

/**
 * The administrator names the department that handles each province-level procedure's department
 * steps (a new version of the procedure with the steps' unit code), so that a dossier received at
 * any commune reaches that department and no other.
 */
export async function assignDepartmentSteps(db: Db, log: (line: string) => void): Promise<void> {
  const admin = await findAccountByUsername(db, 'admin');
  if (!admin) throw new Error('the administrator account is missing');
  const deps = { db, access: createAccessPolicy(db) };
  const principal = staffPrincipal({ accountId: admin.id, username: admin.username });
  const context = staffContext({ accountId: admin.id, username: admin.username });
  for (const department of DEMO_DEPARTMENTS) {
    for (const code of department.procedures) {
      const current = await getVersion(db, code);
      await reviseProcedure(deps, principal, context, {
        code,
        expectedVersion: current.version,
        effectiveFrom: current.effectiveFrom,
        procedure: {
          ...current.data,
          steps: current.data.steps.map((step) =>
            step.handlerUnitType === 'department' ? { ...step, handlerUnitCode: department.code } : step,
          ),
        },
        changeNote: `Bước do ${department.name} xử lý`,
      });
    }
  }
  log(`catalogue: department steps assigned to ${DEMO_DEPARTMENTS.map((department) => department.name).join(', ')}`);
}
