// The decision of `npm run audit:deps`, kept free of input and output so that it can be tested on
// canned `npm audit --json` answers: which advisories fail the run, which are excepted in
// audit-exceptions.json, and what to print.

/** Severities that fail the run unless excepted. */
const blocking = new Set(['high', 'critical']);

/** Error codes that mean the advisory service was not reached (no network, a proxy, a registry without audits). */
const networkCodes =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPROTO|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+|SELF_SIGNED_CERT[A-Z_]*)\b/;

/** Errors of this repository, not of the service: they fail the run. */
const localCodes = new Set(['ENOLOCK', 'EJSONPARSE', 'ENOENT', 'EUSAGE']);

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks the exceptions file's content: a list of { advisory, package, reason, until }.
 * Answers the valid exceptions and one message per invalid entry (an invalid entry fails the run).
 */
export function readExceptions(content) {
  const problems = [];
  if (!Array.isArray(content)) return { exceptions: [], problems: ['audit-exceptions.json must hold a list of exceptions'] };
  const exceptions = [];
  content.forEach((entry, index) => {
    const at = `audit-exceptions.json entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null) return problems.push(`${at}: not an object`);
    const missing = ['advisory', 'package', 'reason', 'until'].filter((key) => typeof entry[key] !== 'string' || entry[key].trim() === '');
    if (missing.length > 0) return problems.push(`${at}: missing ${missing.join(', ')}`);
    if (!datePattern.test(entry.until) || Number.isNaN(Date.parse(`${entry.until}T00:00:00Z`)))
      return problems.push(`${at}: "until" must be a date YYYY-MM-DD, got "${entry.until}"`);
    exceptions.push(entry);
  });
  return { exceptions, problems };
}

/** The advisories of an `npm audit --json` report (format 2), once each: { id, ghsa, package, severity, title, url }. */
export function listAdvisories(report) {
  const found = new Map();
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      // A string names another vulnerable package: its own entry lists the advisory.
      if (typeof via !== 'object' || via === null) continue;
      const packageName = via.name ?? name;
      const id = String(via.source ?? via.url ?? via.title);
      const url = typeof via.url === 'string' ? via.url : '';
      const key = `${id} ${packageName}`;
      if (found.has(key)) continue;
      found.set(key, {
        id,
        ghsa: /GHSA(-[0-9a-z]{4}){3}/i
          .exec(url)?.[0]
          ?.replace(/^ghsa/i, 'GHSA')
          .replace(/-.*/, (rest) => rest.toLowerCase()),
        package: packageName,
        severity: String(via.severity ?? vulnerability.severity ?? 'unknown'),
        title: String(via.title ?? 'no title'),
        url,
      });
    }
  }
  return [...found.values()];
}

/** Whether an exception names this advisory: by GHSA id, npm advisory id or URL, and the same package. */
export function isExceptionFor(exception, advisory) {
  if (exception.package !== advisory.package) return false;
  const named = exception.advisory.trim().toLowerCase();
  const names = [advisory.ghsa, advisory.id, advisory.url].filter(Boolean).map((name) => String(name).toLowerCase());
  return names.includes(named) || (advisory.ghsa !== undefined && named.endsWith(`/${advisory.ghsa.toLowerCase()}`));
}

/**
 * Why the advisory service could not be reached, from what `npm audit --json` printed, or
 * undefined when it answered (with a report, or with an error of this repository).
 */
export function findUnreachableReason(stdout, stderr, parsed) {
  if (parsed && typeof parsed === 'object' && !('error' in parsed) && !('statusCode' in parsed)) return undefined;
  const code = parsed?.error?.code;
  if (typeof code === 'string' && localCodes.has(code)) return undefined;
  if (typeof parsed?.statusCode === 'number' && parsed.statusCode >= 400)
    return String(parsed.message || `the audit endpoint answered ${parsed.statusCode}`);
  if (parsed?.error) {
    const summary = [code, parsed.error.summary, parsed.error.detail].filter(Boolean).join(': ');
    return summary.split('\n')[0] || 'npm audit reported an error';
  }
  const text = `${stdout}\n${stderr}`;
  const network = networkCodes.exec(text)?.[1];
  if (network) return network;
  const status = /\b([45]\d\d) [A-Z][A-Za-z ]+ - (?:GET|POST) \S+/.exec(text)?.[0];
  if (status) return status;
  if (/audit endpoint returned an error/.test(text)) return 'the audit endpoint returned an error';
  return undefined;
}

/**
 * The whole decision. `stdout`, `stderr`: what `npm audit --omit=dev --json` printed;
 * `exceptionsContent`: audit-exceptions.json parsed; `today`: YYYY-MM-DD.
 * Answers the exit code (0 passes, 1 fails) and the lines to print.
 */
export function decideAudit({ stdout, stderr = '', exceptionsContent, today }) {
  let parsed;
  try {
    parsed = stdout.trim() === '' ? undefined : JSON.parse(stdout);
  } catch {
    parsed = undefined;
  }
  const unreachable = findUnreachableReason(stdout, stderr, parsed);
  if (unreachable !== undefined)
    return { exitCode: 0, lines: [`the advisory service could not be reached (${unreachable}); no advisory was checked`] };
  if (!parsed || typeof parsed !== 'object' || parsed.error) {
    const reason = parsed?.error ? [parsed.error.code, parsed.error.summary].filter(Boolean).join(': ') : 'no readable report';
    return { exitCode: 1, lines: [`npm audit failed (${reason}); no advisory was checked`] };
  }
  if (parsed.auditReportVersion !== undefined && parsed.auditReportVersion !== 2)
    return { exitCode: 1, lines: [`npm audit answered report format ${parsed.auditReportVersion}, which this script does not read`] };

  const { exceptions, problems } = readExceptions(exceptionsContent);
  const lines = [...problems];
  const expired = exceptions.filter((exception) => exception.until < today);
  for (const exception of expired)
    lines.push(`exception for ${exception.advisory} (${exception.package}) expired on ${exception.until}; it no longer counts`);
  const current = exceptions.filter((exception) => exception.until >= today);

  let failing = 0;
  let excepted = 0;
  let blockingCount = 0;
  const advisories = listAdvisories(parsed).sort((a, b) => a.package.localeCompare(b.package) || a.id.localeCompare(b.id));
  for (const advisory of advisories) {
    const where = `${advisory.package} ${advisory.severity}: ${advisory.title} ${advisory.url || `(advisory ${advisory.id})`}`;
    if (!blocking.has(advisory.severity)) {
      lines.push(`${where}: below high, allowed`);
      continue;
    }
    blockingCount += 1;
    const exception = current.find((candidate) => isExceptionFor(candidate, advisory));
    if (exception) {
      excepted += 1;
      lines.push(`${where}: excepted until ${exception.until} (${exception.reason})`);
      continue;
    }
    failing += 1;
    const lapsed = expired.find((candidate) => isExceptionFor(candidate, advisory));
    lines.push(`${where}: NOT excepted${lapsed ? ` (its exception expired on ${lapsed.until})` : ''}`);
  }
  for (const exception of current.filter((candidate) => !advisories.some((advisory) => isExceptionFor(candidate, advisory))))
    lines.push(`exception for ${exception.advisory} (${exception.package}) matches no current advisory; it can be removed`);

  const exitCode = failing > 0 || problems.length > 0 ? 1 : 0;
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  lines.push(
    `${exitCode === 0 ? 'audit passed' : 'audit failed'}: ${count(advisories.length, 'advisory', 'advisories')} in production dependencies, ` +
      `${blockingCount} high or critical, ${excepted} excepted, ${failing} not excepted` +
      (problems.length > 0 ? `, ${count(problems.length, 'invalid exception', 'invalid exceptions')}` : ''),
  );
  return { exitCode, lines };
}
