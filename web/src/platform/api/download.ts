import { baseHeaders, buildUrl, send, toApiError, parseJson } from './client';

type Query = Record<string, string | number | boolean | null | undefined>;

/** The file name of a `Content-Disposition: attachment; filename="…"` header. */
function fileNameOf(response: Response): string | null {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? null;
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

/** Downloads an API resource as a file; failures throw the usual ApiError. */
export async function downloadFile(path: string, fallbackName: string, query?: Query): Promise<void> {
  const headers = { ...baseHeaders('GET'), Accept: '*/*' };
  const response = await send(buildUrl(path, query), { method: 'GET', headers });
  if (!response.ok) throw toApiError(response.status, parseJson(await response.text()));
  saveBlob(await response.blob(), fileNameOf(response) ?? fallbackName);
}
