import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { and, eq, lt } from 'drizzle-orm';
import type { AppDeps, App } from '../http/deps.js';
import { DomainError, defineErrors } from '../http/errors.js';
import { idempotencyKeys } from './idempotency.tables.js';

export const IdempotencyError = defineErrors({
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: { vi: 'Khóa Idempotency-Key đã dùng cho yêu cầu khác', en: 'Idempotency-Key reused for another request' },
  },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    title: { vi: 'Yêu cầu cùng khóa đang được xử lý', en: 'A request with this key is still in progress' },
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    title: { vi: 'Khóa Idempotency-Key không hợp lệ', en: 'Invalid Idempotency-Key' },
    detail: { vi: 'Từ 8 đến 200 ký tự chữ, số, dấu gạch.', en: '8 to 200 letters, digits or dashes.' },
  },
});

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { scope: string; key: string } | undefined;
  }
}

const keyPattern = /^[A-Za-z0-9_:.-]{8,200}$/;

/**
 * POST requests carrying `Idempotency-Key` run once: the first response (2xx) is stored and
 * replayed for a retry with the same key and body; a different body under the same key is
 * refused; a failed first attempt frees the key for a retry.
 */
export function registerIdempotency(app: App, deps: AppDeps): void {
  const { db } = deps;
  app.decorateRequest('idempotency', undefined);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string') return;
    if (!keyPattern.test(key)) throw new DomainError(IdempotencyError.IDEMPOTENCY_KEY_INVALID);
    const scope = scopeOf(request);
    const requestHash = crypto
      .createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ scope, key, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) {
      request.idempotency = { scope, key };
      return;
    }
    const [stored] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    if (!stored) throw new DomainError(IdempotencyError.IDEMPOTENCY_IN_PROGRESS);
    if (stored.requestHash !== requestHash) throw new DomainError(IdempotencyError.IDEMPOTENCY_KEY_REUSED);
    if (stored.status === null) throw new DomainError(IdempotencyError.IDEMPOTENCY_IN_PROGRESS);
    reply.header('idempotent-replayed', 'true');
    if (stored.location) reply.header('location', stored.location);
    if (stored.etag) reply.header('etag', stored.etag);
    if (stored.contentType) reply.type(stored.contentType);
    return reply.status(stored.status).send(stored.body ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending) return payload;
    request.idempotency = undefined;
    const where = and(eq(idempotencyKeys.scope, pending.scope), eq(idempotencyKeys.key, pending.key));
    if (reply.statusCode >= 200 && reply.statusCode < 300) {
      await db
        .update(idempotencyKeys)
        .set({
          status: reply.statusCode,
          body: typeof payload === 'string' ? payload : payload === null ? '' : String(payload),
          contentType: String(reply.getHeader('content-type') ?? ''),
          location: (reply.getHeader('location') as string | undefined) ?? null,
          etag: (reply.getHeader('etag') as string | undefined) ?? null,
        })
        .where(where);
    } else {
      await db.delete(idempotencyKeys).where(where);
    }
    return payload;
  });
}

function scopeOf(request: FastifyRequest): string {
  const principal = request.principal;
  if (!principal) return 'anonymous';
  return principal.kind === 'session' ? `account:${principal.accountId}` : `token:${principal.tokenId}`;
}

/** Keys are kept for a day. */
export async function deleteOldIdempotencyKeys(deps: Pick<AppDeps, 'db'>): Promise<void> {
  await deps.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(Date.now() - 86_400_000)));
}
