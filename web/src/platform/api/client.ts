import { en } from '../i18n/en';
import { format } from '../i18n/format';
import type { Locale } from '../i18n/i18nContext';
import { vi } from '../i18n/vi';
import { ApiError, isProblem, type Problem } from './problem';

type Query = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Leave a 401 to the caller instead of ending the session (sign-in, session probe). */
  allowUnauthenticated?: boolean;
};

const state: {
  locale: Locale;
  csrfToken: string | null;
  onUnauthorized: (() => void) | null;
} = { locale: 'vi', csrfToken: null, onUnauthorized: null };

export function setApiLocale(locale: Locale): void {
  state.locale = locale;
}

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function setUnauthorizedHandler(handler: (() => void) | null): void {
  state.onUnauthorized = handler;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

function localProblem(status: number, title: string, detail: string): Problem {
  return { type: 'about:blank', title, detail, status, code: status === 0 ? 'NETWORK' : 'UNREADABLE_RESPONSE' };
}

/** Calls the motcua API: JSON in and out, CSRF header on writes, problem+json errors as ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.locale };
  if (method !== 'GET' && method !== 'HEAD' && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, options.headers);

  const messages = state.locale === 'en' ? en : vi;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(localProblem(0, messages.errors.networkTitle, messages.errors.networkDetail));
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let payload: unknown = undefined;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }

  if (response.ok) return payload as T;

  const problem = isProblem(payload)
    ? payload
    : localProblem(
        response.status,
        messages.errors.unexpectedTitle,
        format(messages.errors.unexpectedDetail, { status: response.status }),
      );
  if (response.status === 401 && !options.allowUnauthenticated && problem.code !== 'INVALID_CREDENTIALS') {
    state.onUnauthorized?.();
  }
  throw new ApiError(problem);
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

/** The `If-Match` header for a record version. */
export function ifMatch(version: number | string): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}

/** The page envelope of every list endpoint. */
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
