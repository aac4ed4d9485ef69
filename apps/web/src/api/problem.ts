/** One problem with one field, as the server's problem+json `errors` name it (`body.name`, `query.to`). */
export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem the server answered (or a network failure, status 0). */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  readonly status: number;
  /** The problem type's slug: `validation`, `not-found`, `conflict`… (`network` when nothing answered). */
  readonly type: string;
  readonly errors: readonly FieldError[];
  /** The problem's `reason`, where the server gives one (a 410 link: `invalid`, `expired`, `used`; 403 `csrf`). */
  readonly reason: string | undefined;

  constructor(
    status: number,
    type: string,
    detail: string,
    errors: readonly FieldError[] = [],
    reason?: string,
  ) {
    super(detail);
    this.status = status;
    this.type = type;
    this.errors = errors;
    this.reason = reason;
  }

  /** The messages about one field of the request, e.g. `fieldErrors('body.name')`. */
  fieldErrors(path: string): string[] {
    return this.errors
      .filter(
        (error) =>
          error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`),
      )
      .map((error) => error.message);
  }
}

/** Turns a problem+json body (or anything else the server sent) into an {@link ApiProblem}. */
export function toApiProblem(status: number, body: unknown): ApiProblem {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const type =
    typeof problem.type === 'string' ? problem.type.replace(/^urn:neighbourly:problem:/, '') : 'unknown';
  const detail = typeof problem.detail === 'string' ? problem.detail : `HTTP ${status}`;
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter(
        (error): error is FieldError =>
          typeof error === 'object' &&
          error !== null &&
          typeof error.path === 'string' &&
          typeof error.message === 'string',
      )
    : [];
  const reason = typeof problem.reason === 'string' ? problem.reason : undefined;
  return new ApiProblem(status, type, detail, errors, reason);
}
