import type { Store } from '@neighbourly/store';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ServerConfig } from '../config.js';
import { HttpProblem } from '../http-problem.js';
import type { HttpRole } from '../roles.js';
import type { LockedVersionCache } from './locked-versions.js';
import { authenticate, type Principal, requireRole } from './principal.js';
import type { SignInLimiter } from './sign-in-limiter.js';
import { issuesToFieldErrors } from './to-http-problem.js';

/** What every handler can use. */
export interface Services {
  store: Store;
  config: ServerConfig;
  logger: Logger;
  /** Locked survey versions, cached in this process (they never change). */
  versions: LockedVersionCache;
  /** Failed sign-ins per e-mail address and client address, in this process. */
  signIns: SignInLimiter;
}

/** A response header, for the OpenAPI document (the conformance test checks required ones are sent). */
export interface RouteHeader {
  description: string;
  required: boolean;
}

/**
 * One documented answer of a route. Success answers give their `schema` (JSON) or `mediaType`; problem answers
 * (4xx, 5xx) only a description: their body is the problem+json of that status. The problems every route of a
 * kind can answer (401, 403, 404, 422, 429, 500, …) are added by `standardProblems`; declare here only the
 * route's own, such as a 409 or 410.
 */
export interface RouteResponse {
  description: string;
  /** The JSON body's schema (for `application/json`). */
  schema?: z.ZodType;
  /** Another media type, e.g. `application/pdf` or `text/csv` (or several); its body is documented as a string. */
  mediaType?: string | readonly string[];
  /** Headers of this answer, by name. */
  headers?: Record<string, RouteHeader>;
}

/** Who may call a route: `public` (respondents, no key) or API keys with one of the roles. */
export type RouteAccess = 'public' | readonly HttpRole[];

/** The request as a handler sees it: validated params, query and body, and the caller. */
export interface RouteContext<P, Q, B> {
  req: Request;
  res: Response;
  params: P;
  query: Q;
  body: B;
  /** The caller; absent on public routes. */
  principal: Principal | undefined;
  services: Services;
}

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** An Express path, e.g. `/api/projects/:projectId`. */
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  /** Rate-limited like other public respondent endpoints. */
  rateLimited?: boolean;
  /** Whether the route reads the store, so it can answer 503 when the database is unavailable (default true). */
  usesStore?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** Headers the route reads, for the OpenAPI document. */
  headers?: { name: string; required: boolean; description: string }[];
  responses: Record<number, RouteResponse>;
  handler: (context: RouteContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<void>;
}

/** A route of the API: everything needed to serve it, check its access and document it. */
export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  rateLimited: boolean;
  usesStore: boolean;
  params: z.ZodType | undefined;
  query: z.ZodType | undefined;
  body: z.ZodType | undefined;
  headers: { name: string; required: boolean; description: string }[];
  responses: Record<number, RouteResponse>;
  /** Authenticates, validates and runs the handler. */
  handle(req: Request, res: Response, services: Services): Promise<void>;
}

function parsePart<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> {
  if (schema === undefined) return undefined as z.output<T>;
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const errors = issuesToFieldErrors(
    parsed.error.issues.map((issue) => ({
      code: issue.code,
      path: issue.path.filter((part) => typeof part !== 'symbol'),
      message: issue.message,
    })),
    where,
  );
  throw new HttpProblem(422, 'validation', `The request ${where} is not valid.`, { errors });
}

/**
 * Declares a route. Its checks run in a fixed order: authentication (401), role (403), then validation of
 * params, query and body (422); project scope and existence are checked by the handler.
 */
export function defineRoute<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
>(spec: RouteSpec<P, Q, B>): ApiRoute {
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    tag: spec.tag,
    access: spec.access,
    rateLimited: spec.rateLimited ?? false,
    usesStore: spec.usesStore ?? true,
    params: spec.params,
    query: spec.query,
    body: spec.body,
    headers: spec.headers ?? [],
    responses: spec.responses,
    async handle(req, res, services) {
      let principal: Principal | undefined;
      if (spec.access !== 'public') {
        principal = requireRole(await authenticate(services.store, req), spec.access);
      }
      const params = parsePart(spec.params, req.params, 'params');
      const query = parsePart(spec.query, req.query, 'query');
      if (spec.body !== undefined && req.body === undefined && !req.is('application/json')) {
        throw new HttpProblem(415, 'unsupported-media-type', 'Send the body as application/json.');
      }
      const body = parsePart(spec.body, req.body, 'body');
      await spec.handler({ req, res, params, query, body, principal, services });
    },
  };
}
