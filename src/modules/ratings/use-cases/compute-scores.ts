import type { Queryable } from '../../../platform/db/types.js';
import { selectSettledDossierFacts, sumDossierCounts, type UnitPeriod } from '../../dossiers/index.js';
import { findStaffName } from '../../org/index.js';
import { dossiersWithConductComplaint, feedbackHandling, ratingCountsByOfficer, type RatingCounts } from '../ratings-statistics.js';
import {
  classifyAgency,
  classifyOfficer,
  officerIndicators,
  scoreDossier,
  scoreFeedbackHandling,
  scoreOneStopShare,
  scoreOnlineServices,
  scorePublication,
  totalOf,
  type DossierPoints,
  type UnitLevel,
} from '../scoring.js';

export type OfficerScore = {
  officerId: string | null;
  officerName: string;
  dossiers: number;
  indicators: ReturnType<typeof officerIndicators>;
  total: number | null;
  classification: ReturnType<typeof classifyOfficer> | null;
  ratings: RatingCounts;
};

/**
 * The evaluation of a unit and its officers over a period (TT 01/2018 arts. 13–15): the
 * per-dossier indicators from each settled dossier's record, the per-unit ones from the
 * unit's counts, feedback and online share; officers by the dossiers they received.
 */
export async function computeScores(db: Queryable, period: UnitPeriod, level: UnitLevel, now = new Date()) {
  const [facts, complaints, counts, feedback, officerRatings] = await Promise.all([
    selectSettledDossierFacts(db, period),
    dossiersWithConductComplaint(db, period),
    sumDossierCounts(db, period),
    feedbackHandling(db, period, now.toISOString()),
    ratingCountsByOfficer(db, period),
  ]);
  const points = new Map<string | null, DossierPoints[]>();
  const all: DossierPoints[] = [];
  let onlineLate = 0;
  for (const dossier of facts) {
    const scored = scoreDossier({ ...dossier, hasConductComplaint: complaints.has(dossier.id) });
    all.push(scored);
    points.set(dossier.receivedBy, [...(points.get(dossier.receivedBy) ?? []), scored]);
    if (dossier.channel === 'online' && dossier.outcome === 'late') onlineLate += 1;
  }
  const perDossier = officerIndicators(all);
  const unitIndicators = {
    i1: perDossier.i1,
    i2: perDossier.i2,
    i3: perDossier.i3,
    i4: perDossier.i4,
    // Every dossier recorded here is received and returned through the one-stop department.
    i5: counts.received === 0 ? null : scoreOneStopShare(level, 1, true),
    // Published on the portal; posting on paper at the centre is not recorded, so at most 1 point.
    i6: all.length === 0 ? null : scorePublication(true, false),
    i7: perDossier.i7,
    i8: scoreFeedbackHandling(feedback),
    i9: scoreOnlineServices({ received: counts.received, receivedOnline: counts.receivedOnline, onlineLate }),
  };
  const unitTotal = totalOf(unitIndicators);
  const ratingsByOfficer = new Map(officerRatings.map((row) => [row.officerId, row]));
  const officerIds = new Set<string | null>([...points.keys(), ...ratingsByOfficer.keys()]);
  const officers: OfficerScore[] = [];
  for (const officerId of officerIds) {
    const dossiers = points.get(officerId) ?? [];
    const indicators = officerIndicators(dossiers);
    const total = dossiers.length === 0 ? null : totalOf(indicators);
    officers.push({
      officerId,
      officerName: (await findStaffName(db, officerId)) ?? (officerId ? 'Cán bộ' : 'Hệ thống'),
      dossiers: dossiers.length,
      indicators,
      total,
      classification: total === null ? null : classifyOfficer(total),
      ratings: ratingsByOfficer.get(officerId) ?? { verySatisfied: 0, satisfied: 0, noOpinion: 0, unsatisfied: 0, total: 0 },
    });
  }
  officers.sort((a, b) => b.dossiers - a.dossiers || a.officerName.localeCompare(b.officerName, 'vi'));
  return {
    unit: {
      dossiers: all.length,
      indicators: unitIndicators,
      total: all.length === 0 ? null : unitTotal,
      classification: all.length === 0 ? null : classifyAgency(unitTotal),
    },
    officers,
  };
}
