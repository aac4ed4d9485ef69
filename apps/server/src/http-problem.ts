/** One field-level error of a problem: where (`body.name`, `query.waveId`, `body.answers.q1`) and what. */
export interface ProblemFieldError {
  path: string;
  message: string;
}

/** The problem types the API answers with; each is documented in docs/http-api.md. */
export const problemTypes = {
  'bad-request': 'Bad request',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'already-complete': 'Already completed',
  gone: 'Gone',
  'payload-too-large': 'Payload too large',
  'unsupported-media-type': 'Unsupported media type',
  validation: 'Validation failed',
  'too-many-requests': 'Too many requests',
  unavailable: 'Service unavailable',
  internal: 'Internal server error',
} as const;

/** A problem type slug, e.g. `validation` (URI `urn:neighbourly:problem:validation`). */
export type ProblemType = keyof typeof problemTypes;

/** The HTTP status each problem type is answered with (the OpenAPI document lists the types per status). */
export const problemStatuses: Readonly<Record<ProblemType, number>> = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'already-complete': 409,
  gone: 410,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  validation: 422,
  'too-many-requests': 429,
  unavailable: 503,
  internal: 500,
};

/** Options of {@link HttpProblem}. */
export interface HttpProblemOptions {
  errors?: ProblemFieldError[];
  headers?: Record<string, string>;
  /** A machine-readable reason beside the type, e.g. `expired` or `closed` for a 410 (an extension member). */
  reason?: string;
  cause?: unknown;
}

/**
 * An HTTP error answered as RFC 9457 `application/problem+json`: `type`, `title`, `status`, `detail`, and for
 * validation failures `errors: [{ path, message }]`. Throw it from a handler; the router's error handler
 * writes it.
 *
 * @example
 * throw new HttpProblem(404, 'not-found', 'No project with this id.');
 */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  readonly status: number;
  readonly type: ProblemType;
  readonly errors: ProblemFieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly reason: string | undefined;

  constructor(status: number, type: ProblemType, detail: string, options: HttpProblemOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = status;
    this.type = type;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.reason = options.reason;
  }

  /** The JSON body of the problem. */
  toJSON(): ProblemBody {
    return {
      type: problemTypeUri(this.type),
      title: problemTypes[this.type],
      status: this.status,
      detail: this.message,
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    };
  }
}

/** The body of a problem+json answer. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  reason?: string;
  errors?: ProblemFieldError[];
}

/** The URI of a problem type: `urn:neighbourly:problem:<slug>`. */
export function problemTypeUri(type: ProblemType): string {
  return `urn:neighbourly:problem:${type}`;
}
