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

/** The headers every call carries: JSON, the language, and the CSRF token on writes. */
export function baseHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.locale };
  if (method !== 'GET' && method !== 'HEAD' && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  return headers;
}

/** The problem of a failed response, or a local one when the body is not problem+json. */
export function toApiError(status: number, payload: unknown, allowUnauthenticated = false): ApiError {
  const messages = state.locale === 'en' ? en : vi;
  const problem = isProblem(payload)
    ? payload
    : localProblem(status, messages.errors.unexpectedTitle, format(messages.errors.unexpectedDetail, { status }));
  if (status === 401 && !allowUnauthenticated && problem.code !== 'INVALID_CREDENTIALS') state.onUnauthorized?.();
  return new ApiError(problem);
}

/** Runs fetch and turns a network failure into an ApiError with status 0. */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const messages = state.locale === 'en' ? en : vi;
    throw new ApiError(localProblem(0, messages.errors.networkTitle, messages.errors.networkDetail));
  }
}

/** The version a response's `ETag: "3"` names, or null. */
export function versionOf(response: Response): number | null {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(response.headers.get('etag')?.trim() ?? '');
  return match ? Number(match[1]) : null;
}

async function exchange<T>(method: string, path: string, options: RequestOptions): Promise<{ data: T; response: Response }> {
  const headers = baseHeaders(method);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, options.headers);
  const response = await send(buildUrl(path, options.query), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (response.status === 204) return { data: undefined as T, response };
  const payload = parseJson(await response.text());
  if (response.ok) return { data: payload as T, response };
  throw toApiError(response.status, payload, options.allowUnauthenticated);
}

/** A body as JSON; undefined when it is empty or not JSON (a proxy's HTML error page, say): the status still tells what happened. */
export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Calls the motcua API: JSON in and out, CSRF header on writes, problem+json errors as ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  return (await exchange<T>(method, path, options)).data;
}

/** A record with the version its ETag names (for a later If-Match). */
export type Versioned<T> = { data: T; version: number | null };

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  /** A multipart/form-data POST (file uploads): the browser sets the boundary; JSON comes back. */
  upload: async <T>(path: string, form: FormData): Promise<T> => {
    const response = await send(buildUrl(path), { method: 'POST', headers: baseHeaders('POST'), body: form });
    const payload = parseJson(await response.text());
    if (!response.ok) throw toApiError(response.status, payload);
    return payload as T;
  },
  /** A GET that also reads the record's version from its ETag. */
  getVersioned: async <T>(path: string, options: RequestOptions = {}): Promise<Versioned<T>> => {
    const { data, response } = await exchange<T>('GET', path, options);
    return { data, version: versionOf(response) };
  },
};

/** The `If-Match` header for a record version. */
export function ifMatch(version: number | string): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}

/** The page envelope of every list endpoint. */
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
