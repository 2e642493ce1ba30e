import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { AppDeps, App } from '../http/deps.js';
import { DomainError, defineErrors } from '../errors/errors.js';
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
  IDEMPOTENCY_ANSWER_LOST: {
    status: 409,
    title: { vi: 'Yêu cầu cùng khóa đã được thực hiện', en: 'The request with this key was carried out' },
    detail: {
      vi: 'Thay đổi đã được lưu nhưng câu trả lời bị mất (máy chủ dừng giữa chừng). Không gửi lại: hãy tra cứu bản ghi vừa tạo.',
      en: 'The change was saved but its answer was lost (the server stopped midway). Do not send it again: look the new record up.',
    },
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

/** A first attempt still unanswered after this long died with its process (requests end long before). */
export const ABANDONED_AFTER_MS = 5 * 60_000;

/**
 * POST requests carrying `Idempotency-Key` run once: the first response (2xx) is stored and
 * replayed for a retry with the same key and body; a different body under the same key is
 * refused; a failed first attempt frees the key for a retry. A command marks the key committed in
 * its own transaction, so when the process dies between commit and storing the response, a retry
 * learns the change was made (409 IDEMPOTENCY_ANSWER_LOST) instead of making it twice; a first
 * attempt that died before committing is taken over by a retry after ABANDONED_AFTER_MS.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * false: the route's answers are never stored and Idempotency-Key is ignored (an answer that
     * carries protected data, such as a denouncer's identity, must not outlive the request, and
     * every read must pass its checks and be logged).
     */
    idempotency?: false;
  }
}

export function registerIdempotency(app: App, deps: AppDeps): void {
  const { db } = deps;
  app.decorateRequest('idempotency', undefined);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || request.routeOptions.config.idempotency === false) return;
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
    if (stored.status === null) {
      if (stored.committedAt !== null) throw new DomainError(IdempotencyError.IDEMPOTENCY_ANSWER_LOST);
      if (!(await takeOverAbandoned(db, scope, key))) throw new DomainError(IdempotencyError.IDEMPOTENCY_IN_PROGRESS);
      request.idempotency = { scope, key };
      return;
    }
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
      // A failure after the command committed keeps the key: a retry hears IDEMPOTENCY_ANSWER_LOST.
      await db.delete(idempotencyKeys).where(and(where, isNull(idempotencyKeys.committedAt)));
    }
    return payload;
  });
}

/** Claims a first attempt that died before committing anything; one retry wins. */
async function takeOverAbandoned(db: AppDeps['db'], scope: string, key: string): Promise<boolean> {
  const taken = await db
    .update(idempotencyKeys)
    .set({ createdAt: new Date() })
    .where(
      and(
        eq(idempotencyKeys.scope, scope),
        eq(idempotencyKeys.key, key),
        isNull(idempotencyKeys.status),
        isNull(idempotencyKeys.committedAt),
        lt(idempotencyKeys.createdAt, new Date(Date.now() - ABANDONED_AFTER_MS)),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return taken.length > 0;
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
