import { describe, expect, it } from 'vitest';
import { DossierWork } from './dossier-work.js';
import { deriveMix, steadyOpenSet } from './mix.js';
import type { Commune, Officer } from './setup.js';

const officer = (name: string): Officer => ({ cookie: `c-${name}`, csrfToken: `t-${name}`, accountId: name, username: name });
const commune = (index: number): Commune => ({
  index,
  id: `unit-${index}`,
  code: `C${index}`,
  name: `Xã ${index}`,
  counter: officer(`counter${index}`),
  specialist: officer(`specialist${index}`),
  leader: officer(`leader${index}`),
  reception: officer(`reception${index}`),
  kiosk: { path: '/danh-gia/quay/x', formToken: 'f' },
});

/** A four-step procedure (counter, specialist, leader, return at the counter) with step `active` under way. */
const detail = (version: number, status: string, active: number) => ({
  version,
  status,
  delivery: 'post',
  applicant: { name: 'Nguyễn Văn A', address: 'Thôn 1' },
  tasks: ['counter_officer', 'specialist', 'leader', 'counter_officer'].map((role, stepIndex) => ({
    stepIndex,
    role,
    status: stepIndex < active ? 'done' : stepIndex === active ? 'active' : 'waiting',
  })),
});

describe('DossierWork', () => {
  it('opens a dossier once, then acts on it step by step as the officer of each step, and lets it go when returned', () => {
    const communes = [commune(0), commune(1)];
    const work = new DossierWork(communes);
    work.add('d1', communes[0]!);
    expect(work.open).toBe(1);

    const opened = work.next(0)!;
    expect(opened).toMatchObject({ method: 'GET', path: '/api/v1/dossiers/d1', headers: { cookie: 'c-counter0' } });
    // Nothing else to do while it is in flight, at either commune.
    expect(work.next(1)).toBeUndefined();
    opened.onSuccess!(200, JSON.stringify(detail(2, 'processing', 0)));

    const steps: [string, string, number][] = [];
    const answers = [detail(3, 'processing', 1), detail(4, 'processing', 2), detail(5, 'result_ready', 4), detail(6, 'returned', 4)];
    for (const answer of answers) {
      const request = work.next(1)!;
      const body = JSON.parse(request.body!) as { action: string; deliveryRecord?: { postalReceiptNumber?: string } };
      steps.push([body.action, request.headers.cookie!, Number(request.headers['if-match']!.replaceAll('"', ''))]);
      if (body.action === 'return') expect(body.deliveryRecord?.postalReceiptNumber).toMatch(/^EB\d{9}VN$/);
      request.onSuccess!(200, JSON.stringify(answer));
    }
    expect(steps).toEqual([
      ['hand_over', 'c-counter0', 2],
      ['hand_over', 'c-specialist0', 3],
      ['approve', 'c-leader0', 4],
      ['return', 'c-counter0', 5],
    ]);
    expect(work.open).toBe(0);
    expect(work.next(0)).toBeUndefined();
  });

  it('works on the oldest dossier of a commune first, and drops one whose request failed', () => {
    const communes = [commune(0)];
    const work = new DossierWork(communes);
    work.add('old', communes[0]!);
    work.add('new', communes[0]!);
    const first = work.next(0)!;
    expect(first.path).toBe('/api/v1/dossiers/old');
    first.onFailure!();
    // The old one failed: the next request is the newer dossier's, and the old one is not back.
    expect(work.next(0)!.path).toBe('/api/v1/dossiers/new');
    expect(work.next(0)).toBeUndefined();
    expect(work.open).toBe(1);
  });
});

describe('steadyOpenSet', () => {
  it("is a working day's received dossiers at the run's rate times the days a dossier stays open (Little's law)", () => {
    const mix = deriveMix();
    expect(mix.averageOpenDays).toBeGreaterThan(1);
    const receivedPerDay = ((2 * 2) / 10) * 8 * 3600 * mix.outcomes.received;
    expect(steadyOpenSet(mix, 2, 2)).toBe(Math.round(receivedPerDay * mix.averageOpenDays));
    expect(steadyOpenSet(mix, 2, 4)).toBeCloseTo(2 * steadyOpenSet(mix, 2, 2), -1);
  });
});
