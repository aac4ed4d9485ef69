import { useSyncExternalStore } from 'react';
import { apiUrl, type Credentials, call, client, onUnauthorized, setCredentials } from '../../api/client';
import { ApiProblem, toApiProblem } from '../../api/problem';

/*
 * The one place that knows how a person is signed in, in one of two ways:
 * - an account (e-mail address and password): the server sets an httpOnly session cookie, which the browser
 *   sends by itself (same origin) and this code never sees; every write also carries the session's CSRF token,
 *   which this module keeps in memory only. A flag in localStorage remembers that a session may exist, so a
 *   reload asks `GET /api/me` for the token again (and a fresh visitor does not get a 401 first);
 * - an API key (the admin key printed at the first start, or a staff key), kept in this browser tab only
 *   (sessionStorage) and sent as `Authorization: Bearer`, as before accounts existed.
 * The rest of the app sees only `setCredentials` (in the client), the hooks and the functions below.
 */

/** Where the sign-in stands: still asking the server (after a reload), signed out, or signed in. */
export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; credentials: Credentials };

const keyStorage = 'neighbourly:api-key';
const sessionFlag = 'neighbourly:session';
const listeners = new Set<() => void>();
const changeListeners = new Set<() => void>();

function storedKey(): string | undefined {
  return sessionStorage.getItem(keyStorage) ?? undefined;
}

let state: SessionState = initialState();

function initialState(): SessionState {
  const key = storedKey();
  if (key !== undefined) return { status: 'signed-in', credentials: { kind: 'key', key } };
  return localStorage.getItem(sessionFlag) === null ? { status: 'signed-out' } : { status: 'checking' };
}

function publish(next: SessionState): void {
  const before = state;
  state = next;
  const credentials = next.status === 'signed-in' ? next.credentials : undefined;
  if (credentials?.kind === 'key') sessionStorage.setItem(keyStorage, credentials.key);
  else sessionStorage.removeItem(keyStorage);
  if (credentials?.kind === 'session') localStorage.setItem(sessionFlag, '1');
  else if (next.status === 'signed-out') localStorage.removeItem(sessionFlag);
  for (const listener of listeners) listener();
  const identityChanged =
    before.status !== next.status ||
    (before.status === 'signed-in' && next.status === 'signed-in' && before.credentials !== next.credentials);
  if (identityChanged && before.status !== 'checking') for (const listener of changeListeners) listener();
}

setCredentials(() => (state.status === 'signed-in' ? state.credentials : undefined));
onUnauthorized(() => publish({ status: 'signed-out' }));

/** After a reload with a session flag: asks the server whether the cookie still holds, and for its CSRF token. */
async function checkSession(): Promise<void> {
  try {
    const response = await fetch(apiUrl('/api/me'), { credentials: 'same-origin' });
    const me = response.ok ? ((await response.json()) as { kind?: string; csrfToken?: string }) : undefined;
    publish(
      me?.kind === 'account' && typeof me.csrfToken === 'string'
        ? { status: 'signed-in', credentials: { kind: 'session', csrfToken: me.csrfToken } }
        : { status: 'signed-out' },
    );
  } catch {
    publish({ status: 'signed-out' });
  }
}
if (state.status === 'checking') void checkSession();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The sign-in state (re-renders on change). */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Whether someone is signed in (re-renders on change). */
export function useSignedIn(): boolean {
  return useSession().status === 'signed-in';
}

/**
 * Calls `listener` whenever the person behind the app changes (sign-in, sign-out, a session that ended), so
 * cached server data of the previous person can be dropped. Returns the unsubscribe function.
 */
export function onSessionChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/**
 * Signs in with an e-mail address and password (`POST /api/session`): the server sets the session cookie and
 * answers the CSRF token. Throws an `ApiProblem` (401 for a wrong address or password, 429 when locked).
 */
export async function signInWithPassword(email: string, password: string): Promise<void> {
  const session = await call(client.POST('/api/session', { body: { email: email.trim(), password } }));
  publish({ status: 'signed-in', credentials: { kind: 'session', csrfToken: session.csrfToken } });
}

/** Checks an API key with the server (`GET /api/me`) and keeps it for this tab; throws an `ApiProblem` if refused. */
export async function signInWithKey(key: string): Promise<void> {
  const trimmed = key.trim();
  if (trimmed === '') throw new ApiProblem(422, 'validation', '', [{ path: 'key', message: 'required' }]);
  let response: Response;
  try {
    response = await fetch(apiUrl('/api/me'), { headers: { Authorization: `Bearer ${trimmed}` } });
  } catch (cause) {
    throw toApiProblem(0, { type: 'network', detail: String(cause) });
  }
  if (!response.ok) throw toApiProblem(response.status, await response.json().catch(() => undefined));
  publish({ status: 'signed-in', credentials: { kind: 'key', key: trimmed } });
}

/**
 * Signs out: ends the browser session on the server (`DELETE /api/session`, or every session of the account
 * with `everywhere`), or forgets the key in this tab. Signed out here even when the server cannot be reached.
 */
export async function signOut({ everywhere = false }: { everywhere?: boolean } = {}): Promise<void> {
  const credentials = state.status === 'signed-in' ? state.credentials : undefined;
  try {
    if (credentials?.kind === 'session') {
      await call(everywhere ? client.DELETE('/api/sessions') : client.DELETE('/api/session'));
    }
  } finally {
    publish({ status: 'signed-out' });
  }
}
