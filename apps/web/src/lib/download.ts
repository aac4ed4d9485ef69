import { apiUrl, authHeaders } from '../api/client';
import { toApiProblem } from '../api/problem';

/**
 * Downloads a file of the API as the signed-in person (a plain link cannot send a key): fetches it, then saves it
 * under the server's file name (`Content-Disposition`) or `fallbackName`. Throws an `ApiProblem` on failure.
 */
export async function downloadFile(
  path: string,
  query: Record<string, string>,
  fallbackName: string,
): Promise<void> {
  const headers = new Headers(authHeaders('GET'));
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { headers, credentials: 'same-origin' });
  } catch (cause) {
    throw toApiProblem(0, {
      type: 'network',
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }
  if (!response.ok) throw toApiProblem(response.status, await response.json().catch(() => undefined));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  saveBlob(await response.blob(), name);
}

/** Saves a blob (a download or a file made in the browser, such as a CSV of new links) under a file name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
