import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSameSecret, randomToken } from '../auth/secrets.js';
import { isSameOriginRequest } from './request-origin.js';

/** The cookie of the citizen forms' anti-forgery token, and the hidden field that repeats it. */
export const formTokenCookie = 'motcua_form';
export const formTokenField = '_form';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A citizen form (portal, kiosk): protected by its own form token and the request's origin
     * instead of the officer session's X-CSRF-Token, so it works with or without an officer
     * session in the same browser, and it answers refusals in HTML.
     */
    isCitizenForm?: boolean;
  }
}

/**
 * The anti-forgery token for a citizen form (double submit): a random value kept in a
 * SameSite=Strict cookie and repeated in a hidden field. A foreign page can make a browser post
 * the form, but cannot read or set the cookie, so it cannot supply the matching field.
 */
export function issueFormToken(request: FastifyRequest, reply: FastifyReply, options: { isSecure: boolean }): string {
  const issued = issuedTokens.get(request);
  if (issued) return issued;
  const current = request.cookies[formTokenCookie];
  const token = current && /^[A-Za-z0-9_-]{32,64}$/.test(current) ? current : randomToken(24);
  if (token !== current) {
    reply.setCookie(formTokenCookie, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: options.isSecure });
  }
  issuedTokens.set(request, token);
  return token;
}

/** The token given in this answer already (a page may hold several forms). */
const issuedTokens = new WeakMap<FastifyRequest, string>();

export type FormCheck = 'ok' | 'cross_site' | 'token_invalid';

/** Checks a posted citizen form: it comes from this deployment and carries the browser's form token. */
export function checkCitizenForm(request: FastifyRequest, givenToken: unknown, publicUrl: string): FormCheck {
  if (!isSameOriginRequest(request, publicUrl)) return 'cross_site';
  const cookie = request.cookies[formTokenCookie];
  if (typeof givenToken !== 'string' || !cookie || !isSameSecret(givenToken, cookie)) return 'token_invalid';
  return 'ok';
}
