import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Open311Report, Open311RequestsQuery, open311Services } from '../../contracts/open311.js';
import { DomainError, PlatformError, validationError } from '../../platform/errors/errors.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { bilingual } from '../../platform/i18n/locale.js';
import { findUnitByCode } from '../org/index.js';
import { findCitizenTracking, listPlaceReports, submitCitizenPetition, type CitizenTracking } from '../petitions/index.js';
import { receivingUnits } from './receiving-units.js';

const tags = ['open311'];
const BASE = '/open311/v2';
const formats = ['json', 'xml'] as const;
type Format = (typeof formats)[number];
type Item = Record<string, string | number | boolean | null>;

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** GeoReport v2's two encodings: a JSON array, or the same items as XML elements under one root. */
function send(reply: FastifyReply, format: Format, root: string, element: string, items: Item[], status = 200) {
  if (format === 'json') return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(items));
  const body = items
    .map(
      (item) =>
        `<${element}>${Object.entries(item)
          .map(([key, value]) => (value === null ? `<${key}/>` : `<${key}>${escapeXml(String(value))}</${key}>`))
          .join('')}</${element}>`,
    )
    .join('');
  return reply.status(status).type('text/xml; charset=utf-8').send(`<?xml version="1.0" encoding="utf-8"?><${root}>${body}</${root}>`);
}

const serviceName = (code: string | null) => open311Services.find((service) => service.code === code)?.name ?? null;

/** A report as GeoReport v2 shows it: never the reporter. */
function requestItem(view: CitizenTracking): Item {
  const isClosed = view.stage === 'answered' || view.stage === 'closed' || view.stage === 'sent_elsewhere';
  return {
    service_request_id: view.code,
    status: isClosed ? 'closed' : 'open',
    status_notes: view.answer ?? (view.sentTo ? `Đã chuyển đến ${view.sentTo}` : null),
    service_name: serviceName(view.serviceCode),
    service_code: view.serviceCode,
    description: view.description,
    agency_responsible: view.unitName,
    service_notice: null,
    requested_datetime: view.receivedAt,
    updated_datetime: view.updatedAt,
    expected_datetime: view.dueAt,
    address: view.location?.address ?? null,
    lat: view.location?.lat ?? null,
    long: view.location?.long ?? null,
    media_url: null,
  };
}

/**
 * Open311 GeoReport v2 for reflections about places: the services (the kinds of problem), a new
 * report (form-encoded, as city apps send it) recorded in the unit's petition book, and the public
 * list of reports with their status — JSON or XML by the path's extension.
 */
export function registerOpen311(app: App, deps: AppDeps): void {
  const { db, config } = deps;

  /** The unit a report is for: its jurisdiction_id (a current commune's code), or the deployment's only one. */
  const jurisdiction = async (code: string | undefined): Promise<string> => {
    const units = await receivingUnits(db, config.deploymentUnitCode);
    const unit = code ? await findUnitByCode(db, code) : undefined;
    const chosen = unit ? units.find((u) => u.id === unit.id) : units.length === 1 ? units[0] : undefined;
    if (!chosen)
      throw validationError([
        {
          field: 'jurisdiction_id',
          in: 'body',
          code: code ? 'unknown' : 'required',
          message: { vi: 'Mã xã, phường nhận phản ánh.', en: 'The code of the commune or ward the report is for.' },
        },
      ]);
    return chosen.id;
  };

  for (const format of formats) {
    app.get(`${BASE}/services.${format}`, {
      schema: { tags, summary: `Open311: the kinds of problem a place can be reported for (${format.toUpperCase()})` },
      handler: async (_request, reply) =>
        send(
          reply,
          format,
          'services',
          'service',
          open311Services.map((service) => ({
            service_code: service.code,
            service_name: service.name,
            description: service.description,
            metadata: false,
            type: 'batch',
            keywords: '',
            group: service.group,
          })),
        ),
    });

    app.post(`${BASE}/requests.${format}`, {
      schema: {
        tags,
        summary: `Open311: report a problem at a place (form-encoded; ${format.toUpperCase()} answer)`,
        body: Open311Report,
        consumes: ['application/x-www-form-urlencoded', 'application/json'],
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      handler: async (request, reply) => {
        const report = request.body;
        const unitId = await jurisdiction(report.jurisdiction_id);
        const fullName = [report.first_name, report.last_name].filter(Boolean).join(' ');
        const context = { actor: { id: null, name: 'citizen:open311' }, requestId: request.id, clientAddress: request.ip };
        const sent = await submitCitizenPetition(deps, context, {
          unitId,
          kind: 'reflection',
          contentSummary: report.description,
          ...(fullName
            ? {
                petitioner: {
                  fullName,
                  ...(report.phone ? { phone: report.phone } : {}),
                  ...(report.email ? { email: report.email } : {}),
                },
              }
            : {}),
          location: {
            ...(report.lat !== undefined && report.long !== undefined ? { lat: report.lat, long: report.long } : {}),
            ...(report.address_string ? { address: report.address_string } : {}),
          },
          serviceCode: report.service_code,
        });
        return send(
          reply,
          format,
          'service_requests',
          'request',
          [
            {
              service_request_id: sent.trackingCode,
              service_notice: `Theo dõi tại ${config.publicUrl}/phan-anh-kien-nghi/tra-cuu?ma=${sent.trackingCode}`,
              account_id: null,
            },
          ],
          201,
        );
      },
    });

    app.get(`${BASE}/requests.${format}`, {
      schema: {
        tags,
        summary: `Open311: reports about places and their status (${format.toUpperCase()})`,
        querystring: Open311RequestsQuery,
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      handler: async (request, reply) => {
        const q = request.query;
        const codes = q.service_request_id?.split(',').slice(0, 100);
        // Without ids, the last 90 days (GeoReport v2's default window).
        const from = q.start_date ?? (codes ? undefined : new Date(Date.now() - 90 * 86_400_000).toISOString());
        const items = await listPlaceReports(db, {
          ...(codes ? { codes } : {}),
          ...(q.service_code ? { serviceCode: q.service_code } : {}),
          ...(from ? { from } : {}),
          ...(q.end_date ? { to: q.end_date } : {}),
          limit: 200,
        });
        const shown = items.map(requestItem).filter((item) => !q.status || item.status === q.status);
        return send(reply, format, 'service_requests', 'request', shown);
      },
    });

    app.get(`${BASE}/requests/:id.${format}`, {
      schema: {
        tags,
        summary: `Open311: one report about a place and its status (${format.toUpperCase()})`,
        params: z.object({
          id: z.string().regex(/^[A-Za-z0-9]{10}$/, bilingual({ vi: 'Mã tra cứu gồm 10 ký tự.', en: 'A 10-character tracking code.' })),
        }),
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      handler: async (request, reply) => {
        const found = await findCitizenTracking(db, request.params.id);
        if (!found?.location) throw new DomainError(PlatformError.NOT_FOUND);
        return send(reply, format, 'service_requests', 'request', [requestItem(found)]);
      },
    });
  }
}
