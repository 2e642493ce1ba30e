import type { Actor } from '../audit/audit.js';

/** Who is calling: a signed-in person (cookie session) or an integration (API token). */
export type Principal =
  | { kind: 'session'; accountId: string; username: string; sessionId: string; csrfToken: string; mustChangePassword: boolean }
  | { kind: 'token'; tokenId: string; tokenName: string; role: string; unitId: string | null };

export function actorOf(principal: Principal | undefined): Actor {
  if (!principal) return { id: null, name: 'anonymous' };
  if (principal.kind === 'session') return { id: principal.accountId, name: principal.username };
  return { id: principal.tokenId, name: `token:${principal.tokenName}` };
}
