import { useSyncExternalStore } from 'react';
import { apiUrl, onUnauthorized, setCredentials } from '../../api/client';
import { ApiProblem, toApiProblem } from '../../api/problem';

/*
 * The one place that knows how a coordinator is signed in: today an API key (the admin key printed at the
 * first start, or a staff key), kept in this browser tab only (sessionStorage). Accounts with passwords can
 * replace this module without touching the rest of the app: it only calls `setCredentials`.
 */

const storageKey = 'neighbourly:api-key';
const listeners = new Set<() => void>();
let token: string | undefined = sessionStorage.getItem(storageKey) ?? undefined;

function publish(next: string | undefined): void {
  token = next;
  if (next === undefined) sessionStorage.removeItem(storageKey);
  else sessionStorage.setItem(storageKey, next);
  for (const listener of listeners) listener();
}

setCredentials(() => token);
onUnauthorized(() => publish(undefined));

/** Whether someone is signed in (re-renders on change). */
export function useSignedIn(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => token !== undefined,
  );
}

/** Checks a key with the server (`GET /api/me`) and keeps it for this tab; throws an `ApiProblem` if refused. */
export async function signIn(key: string): Promise<void> {
  const trimmed = key.trim();
  if (trimmed === '') throw new ApiProblem(422, 'validation', '', [{ path: 'key', message: 'required' }]);
  let response: Response;
  try {
    response = await fetch(apiUrl('/api/me'), { headers: { Authorization: `Bearer ${trimmed}` } });
  } catch (cause) {
    throw toApiProblem(0, { type: 'network', detail: String(cause) });
  }
  if (!response.ok) throw toApiProblem(response.status, await response.json().catch(() => undefined));
  publish(trimmed);
}

/** Forgets the key in this tab. */
export function signOut(): void {
  publish(undefined);
}
