// Types of audit-deps-lib.mjs, for the tests that import it.

export type AuditException = { advisory: string; package: string; reason: string; until: string };
export type Advisory = { id: string; ghsa: string | undefined; package: string; severity: string; title: string; url: string };
export type AuditDecision = { exitCode: 0 | 1; lines: string[] };

export function readExceptions(content: unknown): { exceptions: AuditException[]; problems: string[] };
export function listAdvisories(report: unknown): Advisory[];
export function isExceptionFor(exception: AuditException, advisory: Advisory): boolean;
export function findUnreachableReason(stdout: string, stderr: string, parsed: unknown): string | undefined;
export function decideAudit(input: { stdout: string; stderr?: string; exceptionsContent: unknown; today: string }): AuditDecision;
