/** The machine-readable codes a {@link CoreError} can carry. */
export type CoreErrorCode = 'invalid-input' | 'invalid-layout';

/**
 * The one error class `@neighbourly/core` throws. Problems in data (definitions, records,
 * frameworks, theories of change) are returned as issues instead; this is for misuse of the API,
 * such as passing records that are not iterable.
 */
export class CoreError extends Error {
  /** A stable code callers can switch on. */
  readonly code: CoreErrorCode;

  constructor(code: CoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CoreError';
    this.code = code;
  }
}
