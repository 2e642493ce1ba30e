/**
 * The demo procedure catalogue: common procedures handled at commune level (xã, phường, đặc khu;
 * since 1 July 2025 the commune handles most former district procedures) and a few at province level.
 *
 * Every entry is sample data (isSample: true), to be checked against the national procedure
 * database (Cơ sở dữ liệu quốc gia về thủ tục hành chính) before real use: codes, time limits,
 * fees and forms change with each publication decision and differ by province.
 */
import { businessProcedures } from './business.js';
import { certificationProcedures } from './certification.js';
import { civilStatusProcedures } from './civil-status.js';
import { complaintAndProvinceProcedures } from './complaints-province.js';
import { familyProcedures } from './family.js';
import type { Procedure } from './helpers.js';
import { landConstructionProcedures } from './land-construction.js';
import { residenceAndOtherProcedures } from './residence-other.js';
import { socialProcedures } from './social.js';

export const demoProcedures: readonly Procedure[] = [
  ...civilStatusProcedures,
  ...familyProcedures,
  ...certificationProcedures,
  ...businessProcedures,
  ...landConstructionProcedures,
  ...socialProcedures,
  ...residenceAndOtherProcedures,
  ...complaintAndProvinceProcedures,
];
