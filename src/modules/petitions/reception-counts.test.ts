/**
 * The counting units of reception over random logs: the total is the sum of regular, periodic and
 * ad-hoc reception (TCD01's 1 = 4 + 13 + 22), matters are first plus repeat, a group is a visit and
 * its persons are among the persons, a group's split contents are one visit, and sessions and
 * their days come from the sessions held alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReceptionCountRow } from '../../contracts/reception.js';
import { countReception, GROUP_SIZE, type CountedEntry, type CountedSession } from './reception-counts.js';

const kinds = ['regular', 'periodic', 'ad_hoc'] as const;
const date = fc.integer({ min: 1, max: 28 }).map((day) => `2026-03-${String(day).padStart(2, '0')}`);
/** A log: arrivals (a citizen or a group) with one or more contents, some repeating earlier matters. */
const log = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...kinds),
      people: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 40 })),
      contents: fc.integer({ min: 1, max: 3 }),
      repeatOf: fc.option(fc.nat(), { nil: undefined }),
      visitedOn: date,
    }),
    { maxLength: 60 },
  )
  .map((arrivals) => {
    const entries: CountedEntry[] = [];
    arrivals.forEach((arrival, index) => {
      for (let content = 0; content < arrival.contents; content += 1) {
        const earlier = arrival.repeatOf !== undefined && entries.length > 0 ? entries[arrival.repeatOf % entries.length] : undefined;
        entries.push({
          kind: arrival.kind,
          groupId: `g${index}`,
          matterId: earlier && content === 0 ? earlier.matterId : `m${index}-${content}`,
          isRepeat: Boolean(earlier && content === 0),
          peopleCount: arrival.people,
          visitedOn: arrival.visitedOn,
        });
      }
    });
    return { arrivals, entries };
  });
const sessions = fc.array(fc.record({ kind: fc.constantFrom('periodic' as const, 'ad_hoc' as const), date, delegated: fc.boolean() }), {
  maxLength: 20,
});

describe('the counting units of reception', () => {
  it('add up by their identities over any log', () => {
    fc.assert(
      fc.property(log, sessions, ({ arrivals, entries }, held: CountedSession[]) => {
        const counted = countReception(entries, held);
        const rows: ReceptionCountRow[] = [counted.byKind.regular, counted.byKind.periodic, counted.byKind.ad_hoc];
        for (const key of Object.keys(counted.total) as (keyof ReceptionCountRow)[]) {
          expect(counted.total[key]).toBe(rows.reduce((sum, row) => sum + row[key], 0));
        }
        for (const row of [...rows, counted.total]) {
          expect(row.matters).toBe(row.firstMatters + row.repeatMatters);
          expect(row.groups).toBeLessThanOrEqual(row.visits);
          expect(row.groupPersons).toBeLessThanOrEqual(row.persons);
          expect(row.persons).toBeGreaterThanOrEqual(row.visits);
        }
        expect(counted.byKind.regular.days).toBeLessThanOrEqual(counted.byKind.regular.visits);
        expect(counted.byKind.periodic.days).toBeLessThanOrEqual(counted.byKind.periodic.sessions);
        expect(counted.byKind.ad_hoc.days).toBeLessThanOrEqual(counted.byKind.ad_hoc.sessions);
        // A group's split contents are one visit: the visits are the arrivals.
        expect(counted.total.visits).toBe(arrivals.length);
        expect(counted.total.persons).toBe(arrivals.reduce((sum, arrival) => sum + arrival.people, 0));
        expect(counted.total.groups).toBe(arrivals.filter((arrival) => arrival.people >= GROUP_SIZE).length);
        expect(counted.total.sessions).toBe(held.length);
        expect(counted.byKind.regular.sessions).toBe(0);
        expect(counted.delegatedSessions).toBe(held.filter((session) => session.delegated).length);
      }),
    );
  });
});
