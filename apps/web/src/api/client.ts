import createClient, { type Middleware } from 'openapi-fetch';
import { toApiProblem } from './problem';
import type { paths } from './schema';

/** Where the API is: `api/` beside the app's mount path (the server sets `<base href>`). */
export function apiBase(): string {
  return new URL('.', document.baseURI).href.replace(/\/app\/$/, '/');
}

let credentials: (() => string | undefined) | undefined;

/** Tells the client how to authenticate: the sign-in module calls this once with its token source. */
export function setCredentials(source: () => string | undefined): void {
  credentials = source;
}

/** The `Authorization` header value for a request, or undefined when signed out. */
export function authorization(): string | undefined {
  const token = credentials?.();
  return token === undefined ? undefined : `Bearer ${token}`;
}

const auth: Middleware = {
  onRequest({ request }) {
    const header = authorization();
    if (header !== undefined) request.headers.set('Authorization', header);
    return request;
  },
};

/**
 * The typed API client (openapi-fetch over the server's generated OpenAPI types). Prefer {@link call}, which
 * turns problems into thrown {@link ApiProblem}s for TanStack Query.
 */
export const client = createClient<paths>({ baseUrl: apiBase() });
client.use(auth);

/** Listeners told about every 401, so the sign-in module can ask for a key again. */
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
