import { baseHeaders, buildUrl, send, toApiError, parseJson } from './client';

type Query = Record<string, string | number | boolean | null | undefined>;

/** The file name of a `Content-Disposition: attachment; filename="…"` header. */
function fileNameOf(response: Response): string | null {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header)?.[1];
  if (!plain) return null;
  try {
    return decodeURIComponent(plain);
  } catch {
    // Not percent-encoded after all (a bare "%" in the name): the name as sent.
    return plain;
  }
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a successful response's body under the name it gives (or the fallback); failures throw the usual ApiError. */
async function saveResponse(response: Response, fallbackName: string): Promise<void> {
  if (!response.ok) throw toApiError(response.status, parseJson(await response.text()));
  saveBlob(await response.blob(), fileNameOf(response) ?? fallbackName);
}

/** Downloads an API resource as a file; failures throw the usual ApiError. */
export async function downloadFile(path: string, fallbackName: string, query?: Query): Promise<void> {
  const headers = { ...baseHeaders('GET'), Accept: '*/*' };
  await saveResponse(await send(buildUrl(path, query), { method: 'GET', headers }), fallbackName);
}

/**
 * Downloads what a POST answers with (a read that is logged with its purpose, say): the body goes
 * as JSON with the CSRF header; failures throw the usual ApiError.
 */
export async function downloadFromPost(path: string, body: unknown, fallbackName: string): Promise<void> {
  const headers = { ...baseHeaders('POST'), Accept: '*/*', 'Content-Type': 'application/json' };
  await saveResponse(await send(buildUrl(path), { method: 'POST', headers, body: JSON.stringify(body) }), fallbackName);
}
