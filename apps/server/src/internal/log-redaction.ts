import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Paths pino redacts wherever they appear in a log line: credentials and tokens. Answers are never logged:
 * request bodies are not serialised at all.
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'authorization',
  'token',
  'key',
  'answers',
  '*.token',
  '*.key',
  '*.answers',
];

/** A request URL with invitation tokens replaced by `[token]`. */
export function redactUrl(url: string): string {
  return (
    url
      // Case-insensitive, as Express routes are: /S/<token> reaches the same handler.
      .replace(/\/s\/[^/?#]+/i, '/s/[token]')
      .replace(/\/api\/public\/(?!waves\/)[^/?#]+/i, '/api/public/[token]')
  );
}

/** What a request log line holds: no headers (so no Authorization), no body, tokens cut from the URL. */
export function serializeRequest(req: IncomingMessage & { id?: unknown }) {
  return { id: req.id, method: req.method, url: redactUrl(req.url ?? '') };
}

/** What a response log line holds. */
export function serializeResponse(res: ServerResponse) {
  return { statusCode: res.statusCode };
}
