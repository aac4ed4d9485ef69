import type { Issue } from '@neighbourly/core';

/**
 * Why a store operation failed:
 * - `invalid-input`: the input does not match its schema (see `issues`);
 * - `not-found`: the record, or a record it refers to, does not exist;
 * - `duplicate`: a unique value is taken (project slug, token hash, key hash, imported id);
 * - `already-complete`: the response slot (invitation or respondent in a wave) already holds a complete response;
 * - `conflict`: the operation contradicts stored state (revoked invitation, mismatched wave or respondent);
 * - `unsupported-url`: the store URL has an unknown scheme;
 * - `driver-missing`: the URL needs an adapter package that is not installed;
 * - `unavailable`: the database cannot be reached or opened;
 * - `damaged`: the database file is corrupt (its integrity check failed or a read hit a malformed page);
 * - `invalid-import`: an NDJSON import line is malformed or out of order;
 * - `closed`: the store was closed.
 */
export type StoreErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'duplicate'
  | 'already-complete'
  | 'conflict'
  | 'unsupported-url'
  | 'driver-missing'
  | 'unavailable'
  | 'damaged'
  | 'invalid-import'
  | 'closed';

/** Options of {@link StoreError}. */
export interface StoreErrorOptions {
  cause?: unknown;
  /** For `invalid-input` and `invalid-import`: what is wrong, where. */
  issues?: Issue[];
}

/**
 * The one error class of `@neighbourly/store` and its adapters. Switch on `code`.
 *
 * @example
 * try { await store.responses.save(input); }
 * catch (error) { if (error instanceof StoreError && error.code === 'already-complete') reply(409); else throw error; }
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly issues: Issue[];

  constructor(code: StoreErrorCode, message: string, options: StoreErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

/** Whether `error` is a {@link StoreError}, optionally with the given code. */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}

/** An error's message followed by its causes' messages (`a: b: c`), so a start-up error names its cause. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    const message = current instanceof Error ? current.message : String(current);
    if (message !== '' && !parts.includes(message)) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ');
}
