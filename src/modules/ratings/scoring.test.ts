import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averagePoints,
  classifyAgency,
  classifyOfficer,
  handlersOf,
  isSettledAtOneStop,
  officerIndicators,
  scoreDossier,
  scoreFeedbackHandling,
  scoreOneStopShare,
  scoreOnlineServices,
  scorePublication,
  totalOf,
  worstOutcome,
  type DossierFacts,
} from './scoring.js';
import { buildProcedure } from '../../../test/support/procedures.js';

const facts = (overrides: Partial<DossierFacts> = {}): DossierFacts => ({
  outcome: 'on_time',
  worstStepOutcome: 'on_time',
  supplementCount: 0,
  channel: 'counter',
  hasConductComplaint: false,
  ...overrides,
});

describe('per-dossier indicators (TT 01/2018 art. 13)', () => {
  it('scores time, steps, contacts, agencies and attitude at 2/1/0', () => {
    expect(scoreDossier(facts({ outcome: 'early', worstStepOutcome: 'early', channel: 'online' }))).toEqual({
      i1: 2,
      i2: 2,
      i3: 2,
      i4: 2,
      i7: 2,
    });
    expect(scoreDossier(facts())).toEqual({ i1: 1, i2: 1, i3: 2, i4: 1, i7: 1 });
    expect(scoreDossier(facts({ outcome: 'late', worstStepOutcome: 'late', supplementCount: 2 }))).toEqual({
      i1: 0,
      i2: 0,
      i3: 0,
      i4: 1,
      i7: 0,
    });
    expect(scoreDossier(facts({ supplementCount: 1 })).i3).toBe(1);
    expect(scoreDossier(facts({ worstStepOutcome: null })).i2).toBeNull();
    expect(scoreDossier(facts({ outcome: 'early', hasConductComplaint: true })).i7).toBe(0);
  });
});

describe('aggregation (art. 15)', () => {
  it('averages to one decimal and leaves out indicators without data', () => {
    expect(averagePoints([2, 1, 1])).toBe(1.3);
    expect(averagePoints([2, 2, 1])).toBe(1.7);
    expect(averagePoints([null, null])).toBeNull();
    expect(averagePoints([2, null, 0])).toBe(1);
    expect(totalOf({ a: 1.3, b: null, c: 2 })).toBe(3.3);
  });

  it('keeps every average within 0–2 and every officer total within 0–10', () => {
    const dossier = fc.record({
      outcome: fc.constantFrom('early', 'on_time', 'late'),
      worstStepOutcome: fc.option(fc.constantFrom('early', 'on_time', 'late'), { nil: null }),
      supplementCount: fc.nat(3),
      channel: fc.constantFrom('counter', 'online'),
      hasConductComplaint: fc.boolean(),
    }) as fc.Arbitrary<DossierFacts>;
    fc.assert(
      fc.property(fc.array(dossier, { minLength: 1, maxLength: 40 }), (dossiers) => {
        const indicators = officerIndicators(dossiers.map(scoreDossier));
        for (const value of Object.values(indicators)) {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(2);
          }
        }
        const total = totalOf(indicators);
        expect(total).toBeLessThanOrEqual(10);
        expect(['complete', 'partial', 'insufficient']).toContain(classifyOfficer(total));
      }),
    );
  });
});

describe('classification by the published thresholds', () => {
  it('classifies officers (max 10) at 5 and 3.5', () => {
    expect(classifyOfficer(10)).toBe('complete');
    expect(classifyOfficer(5)).toBe('complete');
    expect(classifyOfficer(4.9)).toBe('partial');
    expect(classifyOfficer(3.5)).toBe('partial');
    expect(classifyOfficer(3.4)).toBe('insufficient');
  });
  it('classifies agencies (max 18) at 15, 12, 9 and 6', () => {
    expect([18, 15, 14.9, 12, 11.9, 9, 8.9, 6, 5.9, 0].map(classifyAgency)).toEqual([
      'outstanding',
      'outstanding',
      'good',
      'good',
      'fair',
      'fair',
      'average',
      'average',
      'weak',
      'weak',
    ]);
  });
});

describe('every officer scored for their own step', () => {
  it("shares the dossier's indicators 1, 3, 4 and takes 2 and 7 from the officer's own steps and complaints", () => {
    // Received by the counter officer (intake step on time), appraised by the specialist a day
    // early, approved late by the leader; the dossier itself is early. A conduct complaint is
    // against the counter officer only.
    const dossier = {
      receivedBy: 'counter',
      stepHandlers: [
        { officerId: 'counter', outcome: 'on_time' as const },
        { officerId: 'specialist', outcome: 'early' as const },
        { officerId: 'leader', outcome: 'late' as const },
      ],
    };
    const handlers = handlersOf(dossier);
    expect([...handlers.keys()]).toEqual(['counter', 'specialist', 'leader']);
    const own = (officerId: string) =>
      scoreDossier(
        facts({ outcome: 'early', worstStepOutcome: worstOutcome(handlers.get(officerId)!), hasConductComplaint: officerId === 'counter' }),
      );
    expect(own('counter')).toEqual({ i1: 2, i2: 1, i3: 2, i4: 1, i7: 0 });
    expect(own('specialist')).toEqual({ i1: 2, i2: 2, i3: 2, i4: 1, i7: 2 });
    expect(own('leader')).toEqual({ i1: 2, i2: 0, i3: 2, i4: 1, i7: 2 });
    // The unit: the worst step, and a complaint against any of its officers.
    expect(scoreDossier(facts({ outcome: 'early', worstStepOutcome: 'late', hasConductComplaint: true }))).toEqual({
      i1: 2,
      i2: 0,
      i3: 2,
      i4: 1,
      i7: 0,
    });
  });

  it('scores the receiving officer on the dossier even without a timed step of their own', () => {
    const handlers = handlersOf({ receivedBy: 'counter', stepHandlers: [{ officerId: 'leader', outcome: null }] });
    expect(worstOutcome(handlers.get('counter')!)).toBeNull();
    expect(scoreDossier(facts({ worstStepOutcome: worstOutcome(handlers.get('counter')!) })).i2).toBeNull();
  });

  it("takes the worst of an officer's steps (a step worked on twice counts twice)", () => {
    expect(worstOutcome(['early', 'on_time'])).toBe('on_time');
    expect(worstOutcome(['early', null, 'late'])).toBe('late');
    expect(worstOutcome([null])).toBeNull();
  });
});

describe('per-unit indicators', () => {
  it('5: a procedure settled at the one-stop department: on the spot, the same day, or every step there', () => {
    const procedure = buildProcedure();
    expect(isSettledAtOneStop(procedure)).toBe(false);
    expect(isSettledAtOneStop({ ...procedure, processingTime: { unit: 'on_the_spot', value: 0 } })).toBe(true);
    expect(isSettledAtOneStop({ ...procedure, processingTime: { unit: 'same_day', value: 0 } })).toBe(true);
    const atCentre = procedure.steps.map((step) => ({ ...step, handlerUnitType: 'service_centre' as const }));
    expect(isSettledAtOneStop({ ...procedure, steps: atCentre })).toBe(true);
    expect(isSettledAtOneStop({ ...procedure, steps: atCentre.map((step) => ({ ...step, handlerUnitCode: 'SO-TP' })) })).toBe(false);
  });

  it('5: one-stop share against the level threshold', () => {
    expect(scoreOneStopShare('commune', 1, true)).toBe(2);
    expect(scoreOneStopShare('commune', 0.9, true)).toBe(1);
    expect(scoreOneStopShare('province', 0.2, false)).toBe(2);
    expect(scoreOneStopShare('district', 0.4, false)).toBe(0);
    // 1 of 5 procedures settled on the spot: 2 at a provincial centre, 1 elsewhere when all are received and returned there.
    expect(scoreOneStopShare('province', 1 / 5, true)).toBe(2);
    expect(scoreOneStopShare('district', 1 / 5, true)).toBe(1);
    expect(scoreOneStopShare('commune', 4 / 5, true)).toBe(1);
    expect(scoreOneStopShare('commune', 0 / 0, true)).toBeNull();
  });
  it('6: publication on paper and electronically', () => {
    expect(scorePublication(true, true)).toBe(2);
    expect(scorePublication(true, false)).toBe(1);
    expect(scorePublication(false, false)).toBe(0);
  });
  it('8: feedback answered on time', () => {
    expect(scoreFeedbackHandling({ total: 0, answeredOnTime: 0, overdueOpen: 0 })).toBe(2);
    expect(scoreFeedbackHandling({ total: 10, answeredOnTime: 10, overdueOpen: 0 })).toBe(2);
    expect(scoreFeedbackHandling({ total: 10, answeredOnTime: 9, overdueOpen: 0 })).toBe(1);
    expect(scoreFeedbackHandling({ total: 10, answeredOnTime: 8, overdueOpen: 0 })).toBe(0);
    expect(scoreFeedbackHandling({ total: 10, answeredOnTime: 9, overdueOpen: 1 })).toBe(0);
  });
  it('9: share of dossiers online, and no late online dossier', () => {
    expect(scoreOnlineServices({ received: 100, receivedOnline: 30, onlineLate: 0 })).toBe(2);
    expect(scoreOnlineServices({ received: 100, receivedOnline: 29, onlineLate: 0 })).toBe(1);
    expect(scoreOnlineServices({ received: 100, receivedOnline: 15, onlineLate: 0 })).toBe(1);
    expect(scoreOnlineServices({ received: 100, receivedOnline: 14, onlineLate: 0 })).toBe(0);
    expect(scoreOnlineServices({ received: 100, receivedOnline: 50, onlineLate: 1 })).toBe(0);
    expect(scoreOnlineServices({ received: 0, receivedOnline: 0, onlineLate: 0 })).toBeNull();
  });
});
