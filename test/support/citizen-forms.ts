import type { App } from '../../src/platform/http/deps.js';

export type CitizenForm = { cookie: string | undefined; fields: Record<string, string>; status: number; body: string };

let addressCounter = 0;
/** A fresh client address per request, so that per-address rate limits do not hide the routes behind 429. */
export function nextAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

/** Opens a citizen page as a browser would: keeps its form-token cookie and the hidden fields of its forms. */
export async function openCitizenForm(app: App, url: string): Promise<CitizenForm> {
  const response = await app.inject({ method: 'GET', url, remoteAddress: nextAddress() });
  const cookies = response.cookies.filter((c) => c.name !== 'motcua_session').map((c) => `${c.name}=${c.value}`);
  return {
    cookie: cookies.length > 0 ? cookies.join('; ') : undefined,
    fields: hiddenFields(response.body),
    status: response.statusCode,
    body: response.body,
  };
}

/** The hidden fields of the forms of a page (the last value wins when several forms share a name). */
export function hiddenFields(body: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const input of body.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1];
    if (name !== undefined && value !== undefined)
      fields[name] = value
        .replaceAll('&amp;', '&')
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>');
  }
  return fields;
}

export const formEncoded = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/**
 * The tracking secret of an online submission, read from its answer: a 303 redirect to the
 * submission's own page (`/nop-ho-so/da-gui?k=…`), so that reloading that page files nothing.
 */
export function trackingSecretOf(response: { statusCode: number; headers: Record<string, unknown> }): string | undefined {
  const location = response.headers.location;
  if (response.statusCode !== 303 || typeof location !== 'string') return undefined;
  return new URL(location, 'http://localhost').searchParams.get('k') ?? undefined;
}
