import { describe, expect, it } from 'vitest';
import { decideAudit, listAdvisories, readExceptions } from '../../scripts/audit-deps-lib.mjs';

/** npm run audit:deps decides on canned `npm audit --omit=dev --json` answers (format 2). */

const today = '2026-06-15';

type Via = { source: number; name: string; title: string; url: string; severity: string; range?: string };
const advisory = (source: number, name: string, severity: string, ghsa: string): Via => ({
  source,
  name,
  title: `${name} has a flaw ${source}`,
  url: `https://github.com/advisories/${ghsa}`,
  severity,
  range: '<9.9.9',
});

/** A report where `name` carries its own advisories and, optionally, a package that depends on it. */
function report(entries: Record<string, (Via | string)[]>): string {
  const vulnerabilities = Object.fromEntries(
    Object.entries(entries).map(([name, via]) => [
      name,
      {
        name,
        severity: via.map((v) => (typeof v === 'string' ? 'low' : v.severity)).sort()[0] ?? 'low',
        isDirect: true,
        via,
        effects: [],
        range: '*',
        nodes: [`node_modules/${name}`],
        fixAvailable: true,
      },
    ]),
  );
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: {}, dependencies: {} } });
}

const highOfFoo = advisory(1100001, 'foo', 'high', 'GHSA-abcd-2345-wxyz');
const criticalOfBar = advisory(1100002, 'bar', 'critical', 'GHSA-mpqr-6789-cfgh');
const moderateOfBaz = advisory(1100003, 'baz', 'moderate', 'GHSA-jjjj-2222-vvvv');
const exception = (over: Record<string, string> = {}) => ({
  advisory: 'GHSA-abcd-2345-wxyz',
  package: 'foo',
  reason: 'only reachable through the unused XML export; upgrade waits for the next major',
  until: '2026-07-01',
  ...over,
});

describe('npm run audit:deps', () => {
  it('passes a clean report with a plain summary', () => {
    const decision = decideAudit({ stdout: report({}), exceptionsContent: [], today });
    expect(decision.exitCode).toBe(0);
    expect(decision.lines).toEqual([
      'audit passed: 0 advisories in production dependencies, 0 high or critical, 0 excepted, 0 not excepted',
    ]);
  });

  it('fails on a high advisory without an exception, naming package, severity, title and address', () => {
    const decision = decideAudit({ stdout: report({ foo: [highOfFoo], app: ['foo'] }), exceptionsContent: [], today });
    expect(decision.exitCode).toBe(1);
    expect(decision.lines[0]).toBe('foo high: foo has a flaw 1100001 https://github.com/advisories/GHSA-abcd-2345-wxyz: NOT excepted');
    expect(decision.lines.at(-1)).toBe(
      'audit failed: 1 advisory in production dependencies, 1 high or critical, 0 excepted, 1 not excepted',
    );
  });

  it('passes an advisory excepted by GHSA id, npm advisory id or address, until the date', () => {
    for (const named of ['GHSA-abcd-2345-wxyz', 'ghsa-abcd-2345-wxyz', '1100001', 'https://github.com/advisories/GHSA-abcd-2345-wxyz']) {
      const decision = decideAudit({ stdout: report({ foo: [highOfFoo] }), exceptionsContent: [exception({ advisory: named })], today });
      expect(decision.exitCode, named).toBe(0);
      expect(decision.lines[0]).toContain('excepted until 2026-07-01 (only reachable through the unused XML export');
    }
    // The last day still counts.
    expect(decideAudit({ stdout: report({ foo: [highOfFoo] }), exceptionsContent: [exception({ until: today })], today }).exitCode).toBe(0);
  });

  it('fails when the exception has expired, and says so', () => {
    const decision = decideAudit({ stdout: report({ foo: [highOfFoo] }), exceptionsContent: [exception({ until: '2026-06-14' })], today });
    expect(decision.exitCode).toBe(1);
    expect(decision.lines).toContain('exception for GHSA-abcd-2345-wxyz (foo) expired on 2026-06-14; it no longer counts');
    expect(decision.lines.some((line) => line.endsWith('NOT excepted (its exception expired on 2026-06-14)'))).toBe(true);
  });

  it('does not let an exception for one package cover another', () => {
    const decision = decideAudit({
      stdout: report({ foo: [highOfFoo] }),
      exceptionsContent: [exception({ package: 'not-foo' })],
      today,
    });
    expect(decision.exitCode).toBe(1);
  });

  it('lets moderate and low advisories pass, listed, and fails on a critical one among them', () => {
    const moderate = decideAudit({ stdout: report({ baz: [moderateOfBaz] }), exceptionsContent: [], today });
    expect(moderate.exitCode).toBe(0);
    expect(moderate.lines[0]).toBe(
      'baz moderate: baz has a flaw 1100003 https://github.com/advisories/GHSA-jjjj-2222-vvvv: below high, allowed',
    );
    const mixed = decideAudit({
      stdout: report({ baz: [moderateOfBaz], bar: [criticalOfBar], foo: [highOfFoo] }),
      exceptionsContent: [exception()],
      today,
    });
    expect(mixed.exitCode).toBe(1);
    expect(mixed.lines.at(-1)).toBe(
      'audit failed: 3 advisories in production dependencies, 2 high or critical, 1 excepted, 1 not excepted',
    );
  });

  it('lists each advisory once, under the package that has it', () => {
    const advisories = listAdvisories(JSON.parse(report({ foo: [highOfFoo], app: ['foo', highOfFoo] })));
    expect(advisories).toEqual([
      {
        id: '1100001',
        ghsa: 'GHSA-abcd-2345-wxyz',
        package: 'foo',
        severity: 'high',
        title: 'foo has a flaw 1100001',
        url: highOfFoo.url,
      },
    ]);
  });

  it('fails on an invalid exceptions file or entry', () => {
    expect(readExceptions({}).problems).toEqual(['audit-exceptions.json must hold a list of exceptions']);
    const { problems } = readExceptions([exception({ reason: '' }), exception({ until: '1 July 2026' })]);
    expect(problems).toEqual([
      'audit-exceptions.json entry 1: missing reason',
      'audit-exceptions.json entry 2: "until" must be a date YYYY-MM-DD, got "1 July 2026"',
    ]);
    expect(decideAudit({ stdout: report({}), exceptionsContent: [exception({ until: 'soon' })], today }).exitCode).toBe(1);
  });

  it('passes, saying that nothing was checked, when the advisory service cannot be reached', () => {
    const unreachable = [
      {
        name: 'no DNS',
        stdout: JSON.stringify({
          error: {
            code: 'ENOTFOUND',
            summary: 'request to https://audit.example.org/bulk failed, reason: getaddrinfo ENOTFOUND audit.example.org',
          },
        }),
        reason: 'ENOTFOUND: request to https://audit.example.org/bulk failed, reason: getaddrinfo ENOTFOUND audit.example.org',
      },
      { name: 'DNS later', stdout: '', stderr: 'npm error code EAI_AGAIN\nnpm error syscall getaddrinfo', reason: 'EAI_AGAIN' },
      { name: 'refused', stdout: 'not json', stderr: 'npm error connect ECONNREFUSED 10.0.0.1:443', reason: 'ECONNREFUSED' },
      {
        name: 'a 405 from a registry without audits',
        stdout: JSON.stringify({
          message: '405 Method Not Allowed - POST https://registry.example.org/-/npm/v1/security/advisories/bulk',
          statusCode: 405,
          body: '',
          error: { summary: '', detail: '' },
        }),
        stderr: 'npm error audit endpoint returned an error',
        reason: '405 Method Not Allowed - POST https://registry.example.org/-/npm/v1/security/advisories/bulk',
      },
      {
        name: 'a 503 only on stderr',
        stdout: '',
        stderr: 'npm warn audit 503 Service Unavailable - POST https://registry.example.org/-/npm/v1/security/audits/quick',
        reason: '503 Service Unavailable - POST https://registry.example.org/-/npm/v1/security/audits/quick',
      },
    ];
    for (const answer of unreachable) {
      const decision = decideAudit({ stdout: answer.stdout, stderr: answer.stderr ?? '', exceptionsContent: [], today });
      expect(decision, answer.name).toEqual({
        exitCode: 0,
        lines: [`the advisory service could not be reached (${answer.reason}); no advisory was checked`],
      });
    }
  });

  it('fails when npm audit cannot work here (no lockfile) or prints nothing readable', () => {
    const noLock = decideAudit({
      stdout: JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } }),
      exceptionsContent: [],
      today,
    });
    expect(noLock).toEqual({
      exitCode: 1,
      lines: ['npm audit failed (ENOLOCK: This command requires an existing lockfile.); no advisory was checked'],
    });
    expect(decideAudit({ stdout: '', stderr: 'Segmentation fault', exceptionsContent: [], today }).exitCode).toBe(1);
  });
});
