import createClient, { type Middleware } from 'openapi-fetch';
import { toApiProblem } from './problem';
import type { paths } from './schema';

/** Where the API is: `api/` beside the app's mount path (the server sets `<base href>`). */
export function apiBase(): string {
  return new URL('.', document.baseURI).href.replace(/\/app\/$/, '/');
}

/**
 * How the app authenticates: an API key (sent as `Authorization: Bearer`), or a browser session whose httpOnly
 * cookie the browser sends by itself (same origin) and whose CSRF token goes with every write.
 */
export type Credentials = { kind: 'key'; key: string } | { kind: 'session'; csrfToken: string };

/** The header the server wants on every write made with the session cookie. */
export const csrfHeaderName = 'X-CSRF-Token';

let credentials: (() => Credentials | undefined) | undefined;

/** Tells the client how to authenticate: the sign-in module calls this once with its credentials source. */
export function setCredentials(source: () => Credentials | undefined): void {
  credentials = source;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The headers that authenticate a request of this method: the key's `Authorization`, or the session's CSRF
 * token on writes (the cookie itself is the browser's business).
 */
export function authHeaders(method = 'GET'): Record<string, string> {
  const current = credentials?.();
  if (current?.kind === 'key') return { Authorization: `Bearer ${current.key}` };
  if (current?.kind === 'session' && !safeMethods.has(method.toUpperCase())) {
    return { [csrfHeaderName]: current.csrfToken };
  }
  return {};
}

const auth: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(authHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
};

/**
 * The typed API client (openapi-fetch over the server's generated OpenAPI types). Prefer {@link call}, which
 * turns problems into thrown {@link ApiProblem}s for TanStack Query.
 */
export const client = createClient<paths>({ baseUrl: apiBase(), credentials: 'same-origin' });
client.use(auth);

/** Listeners told about every 401, so the sign-in module can send the person back to sign in. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiProblem} (a network failure is
 * status 0, type `network`).
 *
 * @example
 * const projects = await call(client.GET('/api/projects'));
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (cause) {
    throw toApiProblem(0, {
      type: 'network',
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }
  if (!result.response.ok) {
    if (result.response.status === 401) for (const listener of unauthorizedListeners) listener();
    throw toApiProblem(result.response.status, result.error);
  }
  return result.data as T;
}

/** An absolute URL of the API for links the browser opens itself (downloads): `api/…` from the mount path. */
export function apiUrl(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path.replace(/^\//, ''), apiBase());
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}
