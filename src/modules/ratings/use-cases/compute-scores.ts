import { oneStopShareThresholds } from '../../../contracts/ratings.js';
import type { Queryable } from '../../../platform/db/types.js';
import { startOfVietnamDate } from '../../../platform/time/vietnam-time.js';
import { findVersionInForce } from '../../catalog/index.js';
import { selectSettledDossierFacts, sumDossierCounts, type SettledDossierFacts, type UnitPeriod } from '../../dossiers/index.js';
import { findStaffName } from '../../org/index.js';
import { feedbackHandling, ratingCountsByOfficer, selectConductComplaints, type RatingCounts } from '../ratings-statistics.js';
import {
  classifyAgency,
  classifyOfficer,
  handlersOf,
  isSettledAtOneStop,
  officerIndicatorBasis,
  officerIndicators,
  scoreDossier,
  scoreFeedbackHandling,
  scoreOneStopShare,
  scoreOnlineServices,
  scorePublication,
  totalOf,
  worstOutcome,
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
  basis: ReturnType<typeof officerIndicatorBasis>;
  ratings: RatingCounts;
};

/**
 * The procedures of the settled dossiers that the one-stop department settles itself (indicator 5),
 * as the catalogue has them in force at the period's end; a code the catalogue does not know
 * (imported records) is left out.
 */
async function countOneStopProcedures(
  db: Queryable,
  facts: readonly SettledDossierFacts[],
  lastDay: string,
): Promise<{ procedures: number; atOneStop: number }> {
  let procedures = 0;
  let atOneStop = 0;
  for (const code of new Set(facts.map((fact) => fact.procedureCode))) {
    const version = await findVersionInForce(db, code, lastDay);
    if (!version) continue;
    procedures += 1;
    if (isSettledAtOneStop(version.data)) atOneStop += 1;
  }
  return { procedures, atOneStop };
}

/**
 * The evaluation of a unit and its officers over a period (TT 01/2018 arts. 13–15), as of the
 * period's end (or now while it runs). Per dossier settled in the period: indicators 1–4 and 7
 * from its record. Per unit: 5 from the catalogue, 6, 8 and 9 from the unit's records.
 *
 * Every officer who handled a step of a dossier is scored on that dossier, on the officers'
 * indicators 1, 2, 3, 4 and 7: 1 the dossier's total time, 3 the contacts it took, 4 the agencies contacted — the
 * dossier's, shared by everyone who worked on it; 2 the time of the officer's own steps against
 * their own due times (the worst of them); 7 the officer's own attitude — a conduct complaint
 * against that officer scores 0, a complaint against a colleague does not.
 */
export async function computeScores(db: Queryable, period: UnitPeriod, level: UnitLevel, now = new Date()) {
  const asOf = new Date(Math.min(startOfVietnamDate(period.to) + 86_400_000, now.getTime())).toISOString();
  const [facts, complaints, counts, feedback, officerRatings] = await Promise.all([
    selectSettledDossierFacts(db, period),
    selectConductComplaints(db, { unitIds: period.unitIds, before: asOf }),
    sumDossierCounts(db, period),
    feedbackHandling(db, period, asOf),
    ratingCountsByOfficer(db, period),
  ]);
  const complainedDossiers = new Set(complaints.map((complaint) => complaint.dossierId));
  const complainedOfficers = new Set(complaints.map((complaint) => `${complaint.dossierId} ${complaint.officerId}`));
  const points = new Map<string | null, DossierPoints[]>();
  const all: DossierPoints[] = [];
  let onlineLate = 0;
  for (const dossier of facts) {
    all.push(scoreDossier({ ...dossier, hasConductComplaint: complainedDossiers.has(dossier.id) }));
    for (const [officerId, outcomes] of handlersOf(dossier)) {
      const own = scoreDossier({
        ...dossier,
        worstStepOutcome: worstOutcome(outcomes),
        hasConductComplaint: complainedOfficers.has(`${dossier.id} ${officerId}`),
      });
      const scored = points.get(officerId);
      if (scored) scored.push(own);
      else points.set(officerId, [own]);
    }
    if (dossier.channel === 'online' && dossier.outcome === 'late') onlineLate += 1;
  }
  const perDossier = officerIndicators(all);
  const oneStop = await countOneStopProcedures(db, facts, period.to);
  // Published on the portal; posting on paper at the centre is not recorded, so at most 1 point.
  const publication = { publishedElectronically: true, postedOnPaper: false };
  const online = { received: counts.received, receivedOnline: counts.receivedOnline, onlineLate };
  const unitIndicators = {
    i1: perDossier.i1,
    i2: perDossier.i2,
    i3: perDossier.i3,
    i4: perDossier.i4,
    // Every dossier recorded here is received and returned through the one-stop department (1 point at least).
    i5: facts.length === 0 ? null : scoreOneStopShare(level, oneStop.atOneStop / oneStop.procedures, true),
    i6: all.length === 0 ? null : scorePublication(publication.publishedElectronically, publication.postedOnPaper),
    i7: perDossier.i7,
    i8: scoreFeedbackHandling(feedback),
    i9: scoreOnlineServices(online),
  };
  const unitBasis = {
    ...officerIndicatorBasis(all),
    i5: { ...oneStop, threshold: oneStopShareThresholds[level] },
    i6: publication,
    i8: { total: feedback.total, answeredOnTime: feedback.answeredOnTime, overdueOpen: feedback.overdueOpen },
    i9: online,
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
      basis: officerIndicatorBasis(dossiers),
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
      basis: unitBasis,
    },
    officers,
  };
}
