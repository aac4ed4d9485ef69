import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Router } from 'express';
import type request from 'supertest';

/*
 * Checks actual HTTP answers against the OpenAPI document the server publishes: the route and status are
 * documented, the media type is one the document lists for that status, the body validates against its
 * schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses), and the required response headers are sent.
 */

type Json = Record<string, unknown>;
const documentId = 'https://neighbourly.invalid/openapi.json';
const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** An operation of the document: `get /api/projects/{projectId}`. */
export interface Operation {
  key: string;
  method: string;
  path: string;
  pattern: RegExp;
  /** Literal characters of the path: the more, the more specific (like Express, which prefers none). */
  literal: number;
  /** Whether it takes a request body. */
  hasBody: boolean;
  responses: Record<string, Json>;
}

const escapePointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

/** The operations of a document. */
export function operationsOf(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    for (const method of methods) {
      const operation = item[method] as Json | undefined;
      if (operation === undefined) continue;
      const source = path
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+');
      operations.push({
        key: `${method} ${path}`,
        method,
        path,
        pattern: new RegExp(`^${source}$`),
        literal: path.replace(/\{[^}]+\}/g, '').length,
        hasBody: operation.requestBody !== undefined,
        responses: operation.responses as Record<string, Json>,
      });
    }
  }
  return operations;
}

/** The routes an Express router serves (`get /api/projects/{projectId}`), in OpenAPI form. */
export function routerRoutes(router: Router): string[] {
  const routes: string[] = [];
  const layers = router.stack as unknown as { route?: { path: string; methods: Record<string, boolean> } }[];
  for (const layer of layers) {
    if (layer.route === undefined) continue;
    const path = layer.route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    for (const [method, on] of Object.entries(layer.route.methods)) {
      if (on && method !== '_all') routes.push(`${method} ${path}`);
    }
  }
  return routes;
}

/** Parses every body as raw bytes, whatever its media type, so the check sees exactly what was sent. */
export function rawBody(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The answers checked against one document, with the mismatches found and the statuses seen. */
export class ConformanceChecker {
  readonly operations: Operation[];
  readonly mismatches: string[] = [];
  /** Per operation key, the statuses answered. */
  readonly seen = new Map<string, Set<string>>();
  calls = 0;
  readonly #ajv: Ajv2020;
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    this.operations = operationsOf(document);
    this.#ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.#ajv);
    // The whole document as one schema resource, so `#/components/schemas/…` references resolve; it is not
    // itself a JSON Schema, so it is not checked against the meta-schema.
    this.#ajv.addSchema(document, documentId, undefined, false);
  }

  /** The operation a request went to: the most specific documented path that matches. */
  find(method: string, pathname: string): Operation | undefined {
    return this.operations
      .filter((operation) => operation.method === method && operation.pattern.test(pathname))
      .sort((a, b) => b.literal - a.literal)[0];
  }

  #validator(pointer: string): ValidateFunction {
    let validate = this.#validators.get(pointer);
    if (validate === undefined) {
      validate = this.#ajv.compile({ $ref: `${documentId}#${pointer}` });
      this.#validators.set(pointer, validate);
    }
    return validate;
  }

  /** Checks one answer (its body parsed with {@link rawBody}); returns the mismatches it adds. */
  check(response: request.Response): string[] {
    this.calls += 1;
    const req = (response as unknown as { request: { method: string; url: string } }).request;
    const method = req.method.toLowerCase();
    const { pathname } = new URL(req.url);
    const where = `${method.toUpperCase()} ${pathname} → ${response.status}`;
    const found: string[] = [];
    const operation = this.find(method, pathname);
    if (operation === undefined) {
      found.push(`${where}: no operation in the document`);
    } else {
      const status = String(response.status);
      const seen = this.seen.get(operation.key) ?? new Set();
      seen.add(status);
      this.seen.set(operation.key, seen);
      const documented = operation.responses[status];
      if (documented === undefined) {
        found.push(`${where}: status not documented for ${operation.key}`);
      } else {
        found.push(...this.#checkResponse(where, operation, status, documented, response));
      }
    }
    this.mismatches.push(...found);
    return found;
  }

  #checkResponse(
    where: string,
    operation: Operation,
    status: string,
    documented: Json,
    response: request.Response,
  ): string[] {
    const found: string[] = [];
    const body = response.body as Buffer;
    for (const [name, header] of Object.entries((documented.headers ?? {}) as Record<string, Json>)) {
      if (header.required === true && response.headers[name.toLowerCase()] === undefined) {
        found.push(`${where}: the required header ${name} is missing`);
      }
    }
    const content = documented.content as Record<string, Json> | undefined;
    const contentType = response.headers['content-type'] as string | undefined;
    if (content === undefined) {
      if (body.length > 0) found.push(`${where}: a body where the document has none`);
      return found;
    }
    const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
    if (mediaType === undefined || content[mediaType] === undefined) {
      found.push(`${where}: media type ${mediaType} is not one of ${Object.keys(content).join(', ')}`);
      return found;
    }
    const text = body.toString(mediaType === 'application/pdf' ? 'latin1' : 'utf8');
    let value: unknown = text;
    if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
      try {
        value = JSON.parse(text);
      } catch {
        found.push(`${where}: the body is not JSON`);
        return found;
      }
    }
    const pointer = ['', 'paths', operation.path, operation.method, 'responses', status, 'content', mediaType]
      .map(escapePointer)
      .join('/');
    const validate = this.#validator(`${pointer}/schema`);
    if (!validate(value)) {
      const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
      found.push(`${where}: the body does not match the schema: ${errors.slice(0, 5).join('; ')}`);
    }
    return found;
  }

  /** Documented statuses no call answered, per operation. */
  unexercised(): string[] {
    return this.operations.flatMap((operation) =>
      Object.keys(operation.responses)
        .filter((status) => !this.seen.get(operation.key)?.has(status))
        .map((status) => `${operation.key} ${status}`),
    );
  }
}
