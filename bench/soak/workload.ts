import { demoProcedures } from '../../src/modules/catalog/demo/index.js';
import { refusalReasons } from '../../demo/procedure-mix.js';
import { Random } from '../../demo/random.js';
import { clientAddress } from '../http/load.js';
import { DossierWork } from './dossier-work.js';
import type { Kind, Mix } from './mix.js';
import { officerHeaders, type Commune, type Province } from './setup.js';

export type SoakRequest = {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Called with a successful (2xx/3xx) answer. */
  onSuccess?: (status: number, body: string) => void;
  /** Called when the request failed (an error status, a network error, an unreadable answer). */
  onFailure?: () => void;
  /** The status that counts as the expected answer; any other 2xx/3xx is an error too when set. */
  expected?: number;
  /** How errors name the request (instead of its path, when the path holds a secret such as a kiosk token). */
  label?: string;
};

/** A rating offered by the kiosk only within 10 minutes of the transaction: older intakes are not rated. */
const RATEABLE_MS = 9 * 60_000;
const MAX_UNRATED = 500;

const petitionTopics = [
  ['recommendation', 'Kiến nghị sửa chữa đoạn đường liên thôn bị sạt lở sau mưa lớn.'],
  ['reflection', 'Phản ánh tình trạng đổ rác thải không đúng nơi quy định gần chợ.'],
  ['recommendation', 'Kiến nghị lắp đặt đèn chiếu sáng tại ngã ba vào trường tiểu học.'],
  ['reflection', 'Phản ánh tiếng ồn kéo dài ban đêm từ xưởng gỗ trong khu dân cư.'],
  ['complaint', 'Khiếu nại quyết định thu hồi đất của Ủy ban nhân dân xã đối với thửa đất của gia đình.'],
  ['complaint', 'Khiếu nại việc không được xét hưởng trợ cấp xã hội hằng tháng.'],
  ['denunciation', 'Tố cáo cán bộ địa chính có dấu hiệu nhũng nhiễu khi giải quyết hồ sơ đất đai.'],
] as const;
/** Recommendations and reflections dominate what a commune receives; complaints are fewer, denunciations rare. */
const petitionWeights = [0.25, 0.2, 0.15, 0.1, 0.12, 0.08, 0.1];

/**
 * What each request of the soak sends, in the proportions of the mix: counter intakes spread
 * round-robin over the communes with the demo's procedure weights and outcomes; tracking lookups
 * of any dossier received so far; the officers' worklists and their work on the open dossiers
 * (dossier-work.ts); kiosk ratings of the intakes just received; petitions recorded by the
 * communes' reception officers.
 */
export class Workload {
  readonly outcomes = { received: 0, guided: 0, refused: 0 };
  readonly work: DossierWork;
  private readonly random: Random;
  private readonly pickProcedure: () => string;
  private readonly tracked: { code: string; phone: string }[] = [];
  private readonly unrated: { dossierId: string; commune: Commune; at: number }[] = [];
  private readonly counts: Record<Kind, number> = { intake: 0, tracking: 0, worklist: 0, work: 0, rating: 0, petition: 0 };

  constructor(
    private readonly province: Province,
    private readonly mix: Mix,
    seed: number,
  ) {
    this.random = new Random(seed);
    this.work = new DossierWork(province.communes);
    const weights = mix.procedures;
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    this.pickProcedure = () => {
      let point = this.random.next() * total;
      for (const [code, weight] of weights) if ((point -= weight) < 0) return code;
      return weights[weights.length - 1]![0];
    };
  }

  /** The next request of a kind, or nothing when there is nothing to do yet (no dossier to track or rate). */
  next(kind: Kind): SoakRequest | undefined {
    const n = ++this.counts[kind];
    const communes = this.province.communes;
    const commune = communes[(n - 1) % communes.length]!;
    switch (kind) {
      case 'intake':
        return this.intake(n, commune);
      case 'tracking': {
        if (this.tracked.length === 0) return undefined;
        const dossier = this.tracked[Math.floor(this.random.next() * this.tracked.length)]!;
        return {
          method: 'GET',
          path: `/tra-cuu?ma=${encodeURIComponent(dossier.code)}&sdt=${dossier.phone.slice(-4)}`,
          headers: { 'x-forwarded-for': clientAddress(n) },
          expected: 200,
        };
      }
      case 'worklist':
        // The counter officer's view of the unit's open dossiers, and the specialist's "waiting for me".
        return n % 2 === 0
          ? {
              method: 'GET',
              path: `/api/v1/dossiers?unitId=${commune.id}&status=processing`,
              headers: officerHeaders(commune.counter),
              expected: 200,
            }
          : { method: 'GET', path: '/api/v1/dossiers?assignedTo=me', headers: officerHeaders(commune.specialist), expected: 200 };
      case 'work':
        return this.work.next(n - 1);
      case 'rating':
        return this.rating(n);
      case 'petition':
        return this.petition(n, commune);
    }
  }

  /** Dossiers received so far (each can be looked up). */
  get receivedCount(): number {
    return this.tracked.length;
  }

  /**
   * The n-th of the dossiers open at the start, received at the counter of the n-th commune in turn
   * with every required paper (before the measured load: see mix.ts).
   */
  openingIntake(n: number): SoakRequest {
    const communes = this.province.communes;
    return this.intake(n, communes[(n - 1) % communes.length]!, true);
  }

  private intake(n: number, commune: Commune, opening = false): SoakRequest {
    const code = this.pickProcedure();
    const procedure = demoProcedures.find((candidate) => candidate.code === code)!;
    const required = procedure.documents.flatMap((document, index) => (document.isRequired ? [index + 1] : []));
    const draw = opening ? 1 : this.random.next();
    const refuse = draw < this.mix.outcomes.refused;
    // A guided visit lacks one required paper (a procedure without required papers is received).
    const missing =
      !refuse && draw < this.mix.outcomes.refused + this.mix.outcomes.guided && required.length > 0 ? this.random.pick(required) : 0;
    const serial = opening ? n + 10_000_000 : n;
    const phone = `09${String((serial * 7_919 + commune.index * 1_000_003) % 100_000_000).padStart(8, '0')}`;
    const options = procedure.deliveryOptions as readonly string[];
    const body = {
      receivingUnitId: commune.id,
      procedureCode: code,
      applicant: {
        kind: 'person',
        name: `Nguyễn Văn Tải ${serial}`,
        citizenId: `008${String((serial * 104_729) % 1_000_000_000).padStart(9, '0')}`,
        phone,
        address: `Thôn ${1 + (n % 9)}, ${commune.name}`,
      },
      documents: required.filter((index) => index !== missing).map((index) => ({ index, count: 1 })),
      setCount: 1,
      delivery: options.includes('counter') ? 'counter' : options[0],
      ...(refuse ? { refusalReason: this.random.pick(refusalReasons) } : {}),
    };
    return {
      method: 'POST',
      path: '/api/v1/dossiers/counter-intake',
      headers: officerHeaders(commune.counter, {
        'content-type': 'application/json',
        'idempotency-key': `${opening ? 'soak-open' : 'soak-intake'}-${n}`,
      }),
      body: JSON.stringify(body),
      expected: 201,
      onSuccess: (_status, text) => {
        const result = JSON.parse(text) as { dossierId: string; outcome: 'received' | 'guided' | 'refused'; code: string | null };
        if (opening && result.outcome !== 'received') throw new Error(`a complete dossier was ${result.outcome}`);
        if (!opening) this.outcomes[result.outcome] += 1;
        if (result.outcome !== 'received' || !result.code) return;
        this.tracked.push({ code: result.code, phone });
        this.work.add(result.dossierId, commune);
        if (opening) return;
        this.unrated.push({ dossierId: result.dossierId, commune, at: Date.now() });
        if (this.unrated.length > MAX_UNRATED) this.unrated.splice(0, this.unrated.length - MAX_UNRATED);
      },
    };
  }

  /** The citizen just served rates the intake on the counter's kiosk (the newest intake not rated yet). */
  private rating(n: number): SoakRequest | undefined {
    let item = this.unrated.pop();
    while (item && Date.now() - item.at > RATEABLE_MS) item = this.unrated.pop();
    if (!item) return undefined;
    const draw = this.random.next();
    // The demo's levels of an ordinary transaction: 75.5 % very satisfied, 23 % satisfied, the rest no opinion.
    const level = draw < 0.755 ? 'very_satisfied' : draw < 0.985 ? 'satisfied' : 'no_opinion';
    const { kiosk } = item.commune;
    return {
      method: 'POST',
      path: kiosk.path,
      headers: {
        cookie: `motcua_form=${kiosk.formToken}`,
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': clientAddress(1_000_000 + n),
      },
      body: new URLSearchParams({ _form: kiosk.formToken, dossierId: item.dossierId, transaction: 'intake', level }).toString(),
      expected: 201,
      label: 'POST /danh-gia/quay/:token',
    };
  }

  private petition(n: number, commune: Commune): SoakRequest {
    const total = petitionWeights.reduce((sum, weight) => sum + weight, 0);
    let point = this.random.next() * total;
    const topic =
      petitionTopics[
        Math.max(
          0,
          petitionWeights.findIndex((weight) => (point -= weight) < 0),
        )
      ]!;
    return {
      method: 'POST',
      path: '/api/v1/petitions',
      headers: officerHeaders(commune.reception, { 'content-type': 'application/json' }),
      body: JSON.stringify({
        unitId: commune.id,
        channel: this.random.chance(0.6) ? 'reception' : 'post',
        kind: topic[0],
        contentSummary: topic[1],
        petitioner: {
          fullName: `Phạm Văn Đơn ${n}`,
          phone: `08${String((n * 6_151) % 100_000_000).padStart(8, '0')}`,
          address: `Thôn ${1 + (n % 7)}, ${commune.name}`,
        },
      }),
      expected: 201,
    };
  }
}
