import { isActive, nobody, period, staff, type Allow, type Case } from './matrix-cases.js';
import { declarationBody, year2025 } from './matrix-fixture-reports.js';

const ifMatch1 = { 'if-match': '"1"' };
const of2025 = 'from=2025-01-01&to=2025-12-31';
const holding =
  (...roles: string[]): Allow =>
  (actor) =>
    isActive(actor) && roles.includes(actor.role ?? '');
/** reports.write: draft a report, write its text, declare a figure. */
const writers = holding('leader', 'reception_officer', 'mobilisation_officer', 'specialist');
/** reports.sign: sign and send. */
const signers = holding('leader');
/** reports.read (every role) and petitions.read: the list behind a petition figure. */
const petitionReaders = holding('reception_officer', 'leader', 'supervisor');
const items = (unitId: string, figureId: string) => `/api/v1/reports/units/${unitId}/figures/${figureId}/items?${period()}`;
const file = (format: string, signed = false): Case => ({
  label: signed ? `${format} of a signed report` : `${format} of a draft`,
  allow: nobody,
  control: { as: 'bLeader' },
  request: (fx) => ({ url: `/api/v1/reports/runs/${signed ? fx.reports.signed.id : fx.reports.run.id}/report.${format}` }),
});

/**
 * The permission matrix's cases for periodic reports and the dashboard: B's reports, declarations
 * and figures are nobody's at A; at A, drafting and declaring need reports.write, signing
 * reports.sign, a petition list petitions.read besides reports.read; lists are filtered by reach.
 */
export const reportCases: Record<string, Case | Case[]> = {
  // The registry: labels, legal bases and queries, no unit's data.
  'GET /api/v1/reports/figures': { allow: staff, request: () => ({ url: '/api/v1/reports/figures' }) },
  'GET /api/v1/reports/units/{id}/figure-set': [
    {
      label: 'B, 2025',
      allow: nobody,
      control: { as: 'bLeader', shows: true },
      request: (fx) => ({ url: `/api/v1/reports/units/${fx.units.b.id}/figure-set?${of2025}` }),
    },
    // A's own: nothing of B's may be counted or declared in it.
    { label: 'A, 2025', allow: staff, request: (fx) => ({ url: `/api/v1/reports/units/${fx.units.a.id}/figure-set?${of2025}` }) },
  ],
  'GET /api/v1/reports/units/{id}/dashboard': [
    {
      label: 'B',
      allow: nobody,
      control: { as: 'bLeader' },
      request: (fx) => ({ url: `/api/v1/reports/units/${fx.units.b.id}/dashboard?${period()}` }),
    },
    { label: 'A', allow: staff, request: (fx) => ({ url: `/api/v1/reports/units/${fx.units.a.id}/dashboard?${period()}` }) },
  ],
  'GET /api/v1/reports/units/{id}/figures/{figureId}/items': [
    {
      label: 'dossiers.received at B',
      allow: nobody,
      // B's counter officer reads reports at B: enough for the dossiers behind a figure.
      control: { as: 'bCounter' },
      request: (fx) => ({ url: items(fx.units.b.id, 'dossiers.received') }),
    },
    {
      label: 'petitions.received at B',
      allow: nobody,
      // The list shows no content (officers write names into it), so nothing of B's to look for.
      control: { as: 'bLeader' },
      request: (fx) => ({ url: items(fx.units.b.id, 'petitions.received') }),
    },
    // A's own lists: B's dossier codes and petition summaries must not be among them.
    { label: 'dossiers.received at A', allow: staff, request: (fx) => ({ url: items(fx.units.a.id, 'dossiers.received') }) },
    { label: 'petitions.received at A', allow: petitionReaders, request: (fx) => ({ url: items(fx.units.a.id, 'petitions.received') }) },
  ],
  'POST /api/v1/reports/runs': [
    {
      label: 'at B',
      allow: nobody,
      control: { as: 'bLeader' },
      request: (fx) => ({ url: '/api/v1/reports/runs', json: { unitId: fx.units.b.id, kind: 'dan_van', period: year2025 } }),
    },
    {
      label: 'at A',
      allow: writers,
      request: (fx) => ({ url: '/api/v1/reports/runs', json: { unitId: fx.units.a.id, kind: 'community', period: year2025 } }),
    },
  ],
  'GET /api/v1/reports/runs': [
    { allow: staff, request: () => ({ url: '/api/v1/reports/runs?pageSize=100' }) },
    { label: 'unitId=B', allow: staff, request: (fx) => ({ url: `/api/v1/reports/runs?unitId=${fx.units.b.id}&pageSize=100` }) },
  ],
  'GET /api/v1/reports/runs/{id}': {
    allow: nobody,
    // Its number and the declaration in its content (declared by B's leader) carry the canary.
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/reports/runs/${fx.reports.run.id}` }),
  },
  'PATCH /api/v1/reports/runs/{id}': [
    {
      label: 'at B',
      allow: nobody,
      control: { as: 'bLeader' },
      setup: (fx) => fx.reports.fresh.run(),
      request: (_fx, made) => ({
        url: `/api/v1/reports/runs/${made.id}`,
        json: { number: '12/BC-UBND', freeText: { tasks: 'Tiếp tục đối thoại với Nhân dân' } },
        headers: ifMatch1,
      }),
    },
    {
      label: 'at A',
      allow: writers,
      setup: (fx) => fx.reports.fresh.runAtA(),
      request: (_fx, made) => ({ url: `/api/v1/reports/runs/${made.id}`, json: { number: '07/BC-UBND' }, headers: ifMatch1 }),
    },
  ],
  'POST /api/v1/reports/runs/{id}/sign': [
    {
      label: 'at B',
      allow: nobody,
      control: { as: 'bLeader' },
      setup: (fx) => fx.reports.fresh.namedRun(),
      request: (_fx, made) => ({ url: `/api/v1/reports/runs/${made.id}/sign`, headers: { 'if-match': `"${made.version}"` } }),
    },
    {
      label: 'at A',
      allow: signers,
      setup: (fx) => fx.reports.fresh.runAtA(),
      request: (_fx, made) => ({ url: `/api/v1/reports/runs/${made.id}/sign`, headers: ifMatch1 }),
    },
  ],
  'POST /api/v1/reports/runs/{id}/send': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.reports.fresh.signedRun(),
    request: (_fx, made) => ({
      url: `/api/v1/reports/runs/${made.id}/send`,
      json: { sentTo: ['Ban Dân vận Đảng ủy'] },
      headers: { 'if-match': `"${made.version}"` },
    }),
  },
  'GET /api/v1/reports/runs/{id}/comparison': [
    {
      label: 'a signed report',
      allow: nobody,
      control: { as: 'bLeader' },
      request: (fx) => ({ url: `/api/v1/reports/runs/${fx.reports.signed.id}/comparison` }),
    },
    {
      label: 'a draft',
      allow: nobody,
      // Only a signed report is compared: B's leader passes the access check and meets the rule (409).
      control: { as: 'bLeader', status: 409 },
      request: (fx) => ({ url: `/api/v1/reports/runs/${fx.reports.run.id}/comparison` }),
    },
  ],
  'GET /api/v1/reports/runs/{id}/report.{format}': [file('docx'), file('pdf', true), file('xlsx')],
  'POST /api/v1/reports/declarations': [
    {
      label: 'at B',
      allow: nobody,
      control: { as: 'bLeader' },
      request: (fx) => ({ url: '/api/v1/reports/declarations', json: declarationBody(fx.units.b.id) }),
    },
    { label: 'at A', allow: writers, request: (fx) => ({ url: '/api/v1/reports/declarations', json: declarationBody(fx.units.a.id) }) },
  ],
  'GET /api/v1/reports/declarations': {
    label: 'unitId=B',
    allow: nobody,
    // The declaration's source, and the name of B's leader who declared it, carry the canary.
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/reports/declarations?unitId=${fx.units.b.id}&${of2025}` }),
  },
  'DELETE /api/v1/reports/declarations/{id}': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.reports.fresh.declaration(),
    request: (_fx, made) => ({ url: `/api/v1/reports/declarations/${made.id}` }),
  },
};
