/** What went wrong when `@neighbourly/surveys` throws (bugs and I/O only; validation returns issues). */
export type SurveysErrorCode = 'invalid-argument' | 'io' | 'internal';

/**
 * The one error class this package throws. Validation problems are never thrown: they come back as
 * `{ ok: false, issues }`. This is for misuse (a non-object definition where one is required), I/O
 * failures while importing, and bugs.
 */
export class SurveysError extends Error {
  /** A stable machine-readable code. */
  readonly code: SurveysErrorCode;

  constructor(code: SurveysErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SurveysError';
    this.code = code;
  }
}
