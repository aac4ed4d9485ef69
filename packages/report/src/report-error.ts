/** What went wrong, as a stable string a caller can switch on. */
export type ReportErrorCode =
  | 'invalid-input'
  | 'font-not-found'
  | 'chart-failed'
  | 'render-failed'
  | 'worker-failed';

/**
 * The one error class of `@neighbourly/report`. Thrown for invalid input (a bug in the caller),
 * missing font assets and failures while drawing; `code` says which, `cause` carries the original error.
 *
 * @example
 * try {
 *   await renderImpactReport(input);
 * } catch (error) {
 *   if (error instanceof ReportError && error.code === 'invalid-input') console.error(error.message);
 * }
 */
export class ReportError extends Error {
  /** A stable machine-readable code. */
  readonly code: ReportErrorCode;

  constructor(code: ReportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReportError';
    this.code = code;
  }
}
