import type { Applicant, Delivery } from '../../src/contracts/dossiers.js';
import type { Role } from '../../src/platform/auth/access.js';
import { asciiFold, buildApplicant, placeNames, vietnameseName } from './people.js';
import { fixtureRandom, type Random } from './random.js';
import { createStaffMember, createUnit, type Client, type Reply } from './test-app.js';

/**
 * One builder per aggregate, each creating its records through the HTTP API as an officer would,
 * with data drawn from the test file's seeded random source (`fixtureRandom`) unless overridden.
 */
export { buildApplicant, submissionFields } from './people.js';
export { buildProcedure } from './procedures.js';
export { fixtureRandom, type Random } from './random.js';

let sequence = 0;
/** A unit code, unique in the file's deployment: a letter, four seeded digits and a counter. */
function unitCode(random: Random, letter: string): string {
  sequence += 1;
  return `${letter}${random.digits(4)}${sequence}`;
}

// ── Units ───────────────────────────────────────────────────────────────────────────────────────

export type UnitRef = { id: string; code: string; name: string; version: number };
export type CommuneRef = UnitRef & { centre: UnitRef | null };
type UnitOverrides = { name?: string; code?: string };
type CommuneOverrides = UnitOverrides & { /** Overrides `serviceCentres` for this commune. */ serviceCentre?: boolean };
export type UnitTreeOptions = {
  province?: UnitOverrides;
  /** How many communes (default 1, at least 1), or each one's overrides. */
  communes?: number | CommuneOverrides[];
  /** A public administrative service centre under each commune (default false). */
  serviceCentres?: boolean;
  random?: Random;
};
export type UnitTree = { province: UnitRef; communes: CommuneRef[]; /** The first commune. */ commune: CommuneRef };

const unitKinds = { province: ['Tỉnh', 'P'], commune: ['Xã', 'X'], service_centre: ['Trung tâm PVHCC', 'C'] } as const;

/** One unit (a province unless `type` says otherwise), its name and code drawn from the random source. */
export async function buildUnit(
  admin: Client,
  options: UnitOverrides & { type?: keyof typeof unitKinds; parentId?: string; random?: Random } = {},
): Promise<UnitRef> {
  const { type = 'province', random = fixtureRandom(), ...overrides } = options;
  const [designation, letter] = unitKinds[type];
  return createUnit(admin, { type, name: `${designation} ${random.pick(placeNames)}`, code: unitCode(random, letter), ...overrides });
}

/** A province with its communes (and, if asked, a service centre under each), created one after another. */
export async function buildUnitTree(admin: Client, options: UnitTreeOptions = {}): Promise<UnitTree> {
  const random = options.random ?? fixtureRandom();
  const province = await buildUnit(admin, { random, ...options.province });
  const wanted: CommuneOverrides[] =
    typeof options.communes === 'object' ? options.communes : Array.from({ length: options.communes ?? 1 }, () => ({}));
  const communes: CommuneRef[] = [];
  for (const { serviceCentre, ...overrides } of wanted) {
    const commune = await buildUnit(admin, { type: 'commune', parentId: province.id, random, ...overrides });
    const centre =
      (serviceCentre ?? options.serviceCentres)
        ? await buildUnit(admin, {
            type: 'service_centre',
            parentId: commune.id,
            random,
            name: `Trung tâm PVHCC ${commune.name.replace(/^Xã/, 'xã')}`,
          })
        : null;
    communes.push({ ...commune, centre });
  }
  if (communes.length === 0) throw new Error('a unit tree has at least one commune (buildUnit makes a lone province)');
  return { province, communes, commune: communes[0]! };
}

// ── Staff ───────────────────────────────────────────────────────────────────────────────────────

type RoleAt = { role: Role | string; unitId: string | null };
export type StaffOptions = {
  /** Role names are held at `unitId`; a role with its own unit is held there. */
  roles: (Role | RoleAt)[];
  /** Where the role names are held, and the home unit unless `homeUnitId` says otherwise. */
  unitId?: string | null;
  homeUnitId?: string | null;
  fullName?: string;
  username?: string;
  /** Stop before the first-sign-in password change. */
  keepTemporaryPassword?: boolean;
  random?: Random;
};
export type Staff = { id: string; client: Client; username: string; password: string; fullName: string };

/** A staff member with roles, signed in (the temporary password already changed unless asked to keep it). */
export async function buildStaff(admin: Client, options: StaffOptions): Promise<Staff> {
  const random = options.random ?? fixtureRandom();
  const unitId = options.unitId ?? null;
  const fullName = options.fullName ?? vietnameseName(random);
  sequence += 1;
  const username = options.username ?? `${asciiFold(fullName).split(' ').reverse().join('.')}.${sequence}`;
  const roles = options.roles.map((role) => (typeof role === 'string' ? { role, unitId } : role));
  const homeUnitId = options.homeUnitId === undefined ? unitId : options.homeUnitId;
  const made = await createStaffMember(admin, {
    username,
    fullName,
    unitId: homeUnitId,
    roles,
    ...(options.keepTemporaryPassword ? { keepTemporaryPassword: true } : {}),
  });
  return { ...made, fullName };
}

// ── Dossiers ────────────────────────────────────────────────────────────────────────────────────

/** Where a built dossier stands: an intake outcome, or a status reached by actions after it. */
export type DossierState =
  'received' | 'guided' | 'refused' | 'handed_over' | 'supplement_requested' | 'result_ready' | 'returned' | 'stopped' | 'withdrawn';
const statusOf: Record<DossierState, string> = {
  received: 'processing',
  guided: 'guided',
  refused: 'refused',
  handed_over: 'processing',
  supplement_requested: 'supplement_requested',
  result_ready: 'result_ready',
  returned: 'returned',
  stopped: 'stopped',
  withdrawn: 'withdrawn',
};

export type IntakeOptions = {
  unitId: string;
  procedureCode: string;
  /** Merged over an applicant built from the random source. */
  applicant?: Partial<Applicant>;
  /** The checklist items handed in (default: the two of `buildProcedure`; the first only for `guided`). */
  documents?: { index: number; count?: number }[];
  delivery?: Delivery;
  refusalReason?: string;
  random?: Random;
};

function counterIntakeBody(options: IntakeOptions, state: DossierState = 'received') {
  const random = options.random ?? fixtureRandom();
  const refusalReason = options.refusalReason ?? (state === 'refused' ? 'Không thuộc thẩm quyền giải quyết của UBND xã' : undefined);
  return {
    receivingUnitId: options.unitId,
    procedureCode: options.procedureCode,
    applicant: buildApplicant(random, options.applicant),
    documents: options.documents ?? (state === 'guided' ? [{ index: 1 }] : [{ index: 1 }, { index: 2 }]),
    delivery: options.delivery ?? 'counter',
    ...(refusalReason ? { refusalReason } : {}),
  };
}

/** POST /api/v1/dossiers/counter-intake, answered as it comes (for tests of the intake itself). */
export function counterIntake(client: Client, options: IntakeOptions): Promise<Reply> {
  return client.post('/api/v1/dossiers/counter-intake', counterIntakeBody(options));
}

/** POST /api/v1/dossiers/{id}/actions at a version (If-Match). */
export function act(client: Client, id: string, version: number, body: Record<string, unknown>): Promise<Reply> {
  return client.post(`/api/v1/dossiers/${id}/actions`, body, { 'if-match': `"${version}"` });
}

export type DossierOptions = IntakeOptions & {
  state?: DossierState;
  /**
   * Who acts on the steps (requests a supplement, approves, stops): a leader of the unit; `client`
   * when absent. The intake, the hand-over, the withdrawal and the return (at the counter) are the
   * counter officer's (`client`).
   */
  leader?: Client;
};
/** The intake's answer (`dossierId`, `outcome`, `code`, `dueAt`, `missingDocuments`) and where the dossier stands once built. */
export type BuiltDossier<Code extends string | null = string | null> = {
  id: string;
  dossierId: string;
  outcome: 'received' | 'guided' | 'refused';
  /** The national code; null for a dossier guided or refused at the counter. */
  code: Code;
  /** The first appointment; null for a dossier guided or refused at the counter. */
  dueAt: Code;
  missingDocuments: { name: string }[];
  version: number;
  status: string;
  /** GET /api/v1/dossiers/{id} as the counter officer sees it once built. */
  detail: any;
};

/**
 * A dossier taken through the counter intake by `client` (a counter officer of `unitId`), then
 * through the actions that bring it to `state` (default `received`); every step is checked.
 */
export function buildDossier(client: Client, options: DossierOptions & { state: 'guided' | 'refused' }): Promise<BuiltDossier<null>>;
export function buildDossier(
  client: Client,
  options: DossierOptions & { state?: Exclude<DossierState, 'guided' | 'refused'> },
): Promise<BuiltDossier<string>>;
export function buildDossier(client: Client, options: DossierOptions): Promise<BuiltDossier>;
export async function buildDossier(client: Client, options: DossierOptions): Promise<BuiltDossier> {
  const state = options.state ?? 'received';
  const leader = options.leader ?? client;
  const received = await client.post('/api/v1/dossiers/counter-intake', counterIntakeBody(options, state));
  if (received.statusCode !== 201) throw new Error(`counter intake failed: ${received.statusCode} ${received.body.slice(0, 400)}`);
  const intake = received.data as Pick<BuiltDossier, 'dossierId' | 'outcome' | 'code' | 'dueAt' | 'missingDocuments'>;
  const id = intake.dossierId;
  let version = 1;
  const step = async (actor: Client, body: Record<string, unknown>) => {
    const response = await act(actor, id, version, body);
    if (response.statusCode !== 200)
      throw new Error(`${String(body.action)} on the dossier failed: ${response.statusCode} ${response.body.slice(0, 400)}`);
    version = response.data.version as number;
  };
  if (state === 'handed_over') await step(client, { action: 'hand_over' });
  if (state === 'supplement_requested')
    await step(leader, { action: 'request_supplement', reason: 'Thiếu bản sao giấy chứng sinh', missingDocuments: ['Giấy chứng sinh'] });
  if (state === 'result_ready' || state === 'returned') await step(leader, { action: 'approve' });
  if (state === 'returned') await step(client, { action: 'return', delivery: 'counter' });
  if (state === 'stopped') await step(leader, { action: 'stop', reason: 'Người nộp không đủ điều kiện theo quy định' });
  if (state === 'withdrawn') await step(client, { action: 'withdraw' });
  const read = await client.get(`/api/v1/dossiers/${id}`);
  if (read.statusCode !== 200) throw new Error(`reading the dossier failed: ${read.statusCode} ${read.body.slice(0, 400)}`);
  const detail = read.data;
  if (detail.status !== statusOf[state]) throw new Error(`the dossier is ${detail.status}, not ${statusOf[state]}`);
  return { ...intake, id, version: detail.version as number, status: detail.status as string, detail };
}
