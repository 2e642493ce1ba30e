import net from 'node:net';
import fc from 'fast-check';
import type { Database } from '../../src/platform/db/open-database.js';
import type { App } from '../../src/platform/http/deps.js';
import { nextAddress } from './citizen-forms.js';
import {
  describeInput,
  mostly,
  mutatedExample,
  rarely,
  schemaArbitrary,
  urlValueArbitrary,
  type ArbitraryOptions,
  type OperationRef,
} from './openapi-arbitraries.js';

/** One generated request; `isMalformed` when it is broken below the application (bad URL, body or content type). */
export type FuzzRequest = {
  method: string;
  route: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  input: string;
  isMalformed: boolean;
};
export type Identity = { name: string; headers: Record<string, string> };
export type Answer = { status: number; headers: Record<string, string | string[] | number | undefined>; body: string };

const answerTimeoutMs = 5_000;
const ifMatchValues = ['"1"', '"2"', 'W/"1"', '"0"', '"-1"', '"99999999999999999999"', '"1e3"', 'garbage', '*', ''];
const idempotencyKeys = ['short', 'has space in it', 'a'.repeat(201), 'ÿÿÿÿÿÿÿÿÿÿ', 'key\twith\ttabs'];
const languages = ['en', 'vi', 'en-US,en;q=0.9', '*', 'q=;;;', 'x'.repeat(500)];

/**
 * Requests for one operation of /openapi.json: its path, query and JSON body drawn from its
 * schemas. Most fit the schemas (so they pass validation and reach the use cases with the
 * hostile values the schemas admit) or are a valid example with one hostile value; the others
 * carry a few hostile values, or many.
 */
export function requestArbitrary(op: OperationRef, options: ArbitraryOptions): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 3, arbitrary: requestsOfMode(op, { ...options, strict: true }) },
    ...(options.example
      ? [{ weight: 3, arbitrary: requestsOfMode(op, { ...options, strict: true }, mutatedExample(options.example)) }]
      : []),
    { weight: 2, arbitrary: requestsOfMode(op, { ...options, hostileOneIn: 15 }) },
    { weight: 1, arbitrary: requestsOfMode(op, { ...options, hostileOneIn: 4 }) },
  );
}

function requestsOfMode(op: OperationRef, options: ArbitraryOptions, bodyArbitrary?: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzRequest> {
  const strict = options.strict === true;
  const parameters = op.operation.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const path = fc.tuple(...pathParams.map((p) => urlValueArbitrary(schemaArbitrary(p.schema, options, p.name), strict)));
  const presence = <T>(required: boolean | undefined, arbitrary: fc.Arbitrary<T>) =>
    required ? (strict ? arbitrary : mostly(arbitrary, 12)) : rarely(arbitrary, 2);
  const query = fc.tuple(
    ...queryParams.map((p) =>
      presence(
        p.required,
        fc.tuple(fc.constant(p.name), urlValueArbitrary(schemaArbitrary(p.schema, options, p.name), strict), fc.nat(strict ? 0 : 9)),
      ),
    ),
  );
  const extraQuery = strict
    ? fc.constant(undefined)
    : rarely(
        fc.tuple(
          fc.constantFrom('extra', '__proto__', 'page[]', 'a'.repeat(120)),
          urlValueArbitrary(fc.constantFrom('1', '\u0000', '\uD800', 'x')),
        ),
        6,
      );
  const body =
    bodyArbitrary ??
    (op.jsonBody
      ? strict
        ? schemaArbitrary(op.jsonBody, options)
        : mostly(schemaArbitrary(op.jsonBody, options), 12)
      : fc.constant(undefined));
  const isWrite = op.method !== 'GET';
  const headers = fc.record({
    'if-match': isWrite
      ? strict
        ? fc.constantFrom('"1"', '"2"', '"3"')
        : rarely(fc.constantFrom(...ifMatchValues), 2)
      : fc.constant(undefined),
    'idempotency-key':
      op.method === 'POST'
        ? rarely(strict ? fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/) : fc.constantFrom(...idempotencyKeys), 4)
        : fc.constant(undefined),
    'accept-language': rarely(fc.constantFrom(...languages), 4),
  });
  return fc.tuple(path, query, extraQuery, body, headers).map(([pathValues, queryValues, extra, bodyValue, headerValues]) => {
    let index = 0;
    const url = op.path.replace(/\{(\w+)\}/g, () => pathValues[index++]!.text);
    const pairs: string[] = [];
    for (const entry of queryValues) {
      if (!entry) continue;
      const [name, value, repeat] = entry;
      pairs.push(`${name}=${value.text}`);
      if (repeat === 1) pairs.push(`${name}=${value.text}`);
      if (repeat === 2) pairs.push(name);
    }
    if (extra) pairs.push(`${extra[0]}=${extra[1].text}`);
    const requestHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(headerValues)) if (typeof value === 'string') requestHeaders[name] = value;
    if (bodyValue !== undefined) requestHeaders['content-type'] = 'application/json';
    const fullUrl = pairs.length > 0 ? `${url}?${pairs.join('&')}` : url;
    return {
      method: op.method,
      route: op.path,
      url: fullUrl,
      headers: requestHeaders,
      ...(bodyValue !== undefined ? { payload: JSON.stringify(bodyValue) } : {}),
      input: `url ${describeInput(fullUrl, 200)}${bodyValue !== undefined ? ` body ${describeInput(bodyValue, 300)}` : ''}${Object.keys(requestHeaders).length > 0 ? ` headers ${describeInput(requestHeaders, 120)}` : ''}`,
      isMalformed: pathValues.some((value) => value.isBroken),
    };
  });
}

type Failure = {
  method: string;
  route: string;
  identity: string;
  input: string;
  status: number;
  body: string;
  problems: string[];
  cause: string | undefined;
  count: number;
};

/**
 * Sends requests one after the other and checks every answer: no 5xx; the security headers;
 * problem+json with a code (and the invalid fields) where a client needs it; and no audit row
 * written by a request that was refused. Failures are collected, grouped, and reported together.
 */
export class FuzzHarness {
  readonly failures = new Map<string, Failure>();
  sent = 0;
  private sentBefore = 0;
  /** Answers by route and status: how deep the generated requests reach (printed with MOTCUA_FUZZ_STATS=1). */
  readonly statuses = new Map<string, Map<number, number>>();
  private auditSeq = 0;

  constructor(
    readonly app: App,
    readonly database: Database,
    private readonly serverErrors: () => Map<string, string>,
  ) {}

  async start(): Promise<void> {
    this.auditSeq = await this.lastAuditSeq();
  }

  /** Sends through the application's request handling; a request unanswered after answerTimeoutMs counts as status 0. */
  async inject(request: FuzzRequest, identity: Identity): Promise<Answer> {
    let timer: NodeJS.Timeout | undefined;
    const unanswered = new Promise<Answer>((resolve) => {
      timer = setTimeout(() => resolve({ status: 0, headers: {}, body: `no answer within ${answerTimeoutMs / 1000} s` }), answerTimeoutMs);
    });
    const answered = this.app
      .inject({
        method: request.method as 'GET',
        url: request.url,
        headers: { ...identity.headers, ...request.headers },
        ...(request.payload !== undefined ? { payload: request.payload } : {}),
        remoteAddress: nextAddress(),
      })
      .then((response) => ({ status: response.statusCode, headers: response.headers, body: response.body }));
    const answer = await Promise.race([answered, unanswered]);
    clearTimeout(timer);
    if (answer.status === 202) await this.waitForJob(answer, identity);
    await this.check(request, identity, answer);
    return answer;
  }

  /**
   * A 202 started a job whose work (and audit rows) lands later: wait for it, as its starter
   * would, so that what it writes is counted with the request that started it.
   */
  private async waitForJob(answer: Answer, identity: Identity): Promise<void> {
    const location = String(answer.headers.location ?? '');
    if (!location.startsWith('/api/v1/jobs/')) return;
    for (let attempt = 0; attempt < 1200; attempt++) {
      const job = await this.app.inject({ method: 'GET', url: location, headers: identity.headers });
      if (job.statusCode !== 200 || (job.json() as { status: string }).status !== 'running') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async check(request: FuzzRequest, identity: Identity, answer: Answer): Promise<void> {
    this.sent += 1;
    const byStatus = this.statuses.get(`${request.method} ${request.route}`) ?? new Map<number, number>();
    byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
    this.statuses.set(`${request.method} ${request.route}`, byStatus);
    const problems = answerProblems(answer, { isApi: request.route.startsWith('/api/'), isMalformed: request.isMalformed });
    const seq = await this.lastAuditSeq();
    if (answer.status >= 400 && seq > this.auditSeq) {
      const rows = await this.database.query<{ action: string }>(`select action from audit_log where seq > ${this.auditSeq} order by seq`);
      problems.push(`refused (${answer.status}) but wrote audit rows: ${rows.map((r) => r.action).join(', ')}`);
    }
    this.auditSeq = seq;
    if (problems.length === 0) return;
    const key = `${request.method} ${request.route} ${answer.status} ${problems.join(' | ')}`;
    const known = this.failures.get(key);
    if (known) {
      known.count += 1;
      return;
    }
    const requestId = String(answer.headers['x-request-id'] ?? '');
    this.failures.set(key, {
      method: request.method,
      route: request.route,
      identity: identity.name,
      input: request.input,
      status: answer.status,
      body: answer.body.replace(/\s+/g, ' ').slice(0, 300),
      problems,
      cause: answer.status >= 500 ? this.serverErrors().get(requestId) : undefined,
      count: 1,
    });
  }

  /** The failures since the last report, grouped (and forgotten once reported). */
  report(title: string): string {
    const sent = this.sent - this.sentBefore;
    this.sentBefore = this.sent;
    if (this.failures.size === 0) return '';
    const lines = [...this.failures.values()]
      .sort((a, b) => `${a.route} ${a.method}`.localeCompare(`${b.route} ${b.method}`))
      .map((f) =>
        [
          `• ${f.method} ${f.route} → ${f.status} (${f.count}×, as ${f.identity}): ${f.problems.join('; ')}`,
          `    input: ${f.input}`,
          `    answer: ${f.body}`,
          ...(f.cause ? [`    server error: ${f.cause}`] : []),
        ].join('\n'),
      );
    const text = `${title}: ${this.failures.size} distinct failures in ${sent} requests\n${lines.join('\n')}`;
    this.failures.clear();
    return text;
  }

  statistics(): string {
    return [...this.statuses.entries()]
      .map(
        ([route, counts]) =>
          `${route}: ${[...counts.entries()]
            .sort(([a], [b]) => a - b)
            .map(([status, n]) => `${status}×${n}`)
            .join(' ')}`,
      )
      .join('\n');
  }

  private async lastAuditSeq(): Promise<number> {
    const [row] = await this.database.query<{ n: number | string | null }>('select max(seq) as n from audit_log');
    return Number(row?.n ?? 0);
  }
}

/** What is wrong with one answer (empty when nothing is). */
export function answerProblems(answer: Answer, request: { isApi: boolean; isMalformed: boolean }): string[] {
  const problems: string[] = [];
  const header = (name: string) => {
    const value = answer.headers[name];
    return Array.isArray(value) ? value.join(',') : value === undefined ? undefined : String(value);
  };
  if (answer.status === 0) return [answer.body];
  if (answer.status >= 500) problems.push(`server error ${answer.status}`);
  if (header('x-content-type-options') !== 'nosniff') problems.push('no x-content-type-options: nosniff');
  if (!header('content-security-policy')) problems.push('no content-security-policy');
  if (!header('x-request-id')) problems.push('no x-request-id');
  if (answer.status >= 400 && (request.isApi || request.isMalformed)) {
    const type = header('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) problems.push(`not problem+json (${type || 'no content type'})`);
    let body: { code?: unknown; errors?: { field?: unknown }[] } | undefined;
    try {
      body = JSON.parse(answer.body);
    } catch {
      body = undefined;
    }
    if (typeof body?.code !== 'string') problems.push('no problem code');
    else if (body.code === 'VALIDATION_FAILED') {
      const errors = Array.isArray(body.errors) ? body.errors : [];
      if (errors.length === 0 || !errors.every((e) => typeof e.field === 'string' && e.field.length > 0))
        problems.push('validation problem without errors[] naming a field');
    }
  }
  return problems;
}

/** Sends raw bytes to a listening server (no client library to tidy them up) and reads the answer. */
export function rawRequest(port: number, request: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('raw request timed out')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split >= 0 ? text.slice(0, split) : text;
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body = split >= 0 ? text.slice(split + 4) : '';
      if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: Buffer.from(body, 'latin1').toString('utf8') });
    });
    socket.write(request);
  });
}

function dechunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, end), 16);
    if (end < 0 || !size) return out;
    out += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 2 + size + 2);
  }
}
