import { formatPath, type Issue } from '@neighbourly/core';
import { isStoreError } from '@neighbourly/store';
import { HttpProblem } from '../http-problem.js';

/** Field errors from library issues, with their path prefixed by where the value came from. */
export function issuesToFieldErrors(issues: readonly Issue[], prefix: string) {
  return issues
    .filter((issue) => issue.severity !== 'warning')
    .map((issue) => ({
      path: formatPath([...(prefix === '' ? [] : [prefix]), ...issue.path]),
      message: issue.message,
    }));
}

interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { type?: unknown }).type === 'string' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

/**
 * Turns anything thrown in a handler into an {@link HttpProblem}: store errors by their code, body-parser
 * errors (too large, malformed JSON) by their type; everything else is a 500 whose detail reveals nothing.
 */
export function toHttpProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (isStoreError(error)) {
    switch (error.code) {
      case 'not-found':
        return new HttpProblem(404, 'not-found', error.message, { cause: error });
      case 'duplicate':
      case 'conflict':
        return new HttpProblem(409, 'conflict', error.message, { cause: error });
      case 'already-complete':
        return new HttpProblem(409, 'already-complete', error.message, { cause: error });
      case 'invalid-input':
      case 'invalid-import':
        return new HttpProblem(422, 'validation', error.message, {
          errors: issuesToFieldErrors(error.issues, 'body'),
          cause: error,
        });
      case 'damaged':
        return new HttpProblem(
          503,
          'unavailable',
          'The database is damaged; the operator must restore it from a backup.',
          { cause: error, reason: 'store-damaged' },
        );
      case 'unavailable':
      case 'closed':
        return new HttpProblem(503, 'unavailable', 'The database is not available.', { cause: error });
      default:
        return new HttpProblem(500, 'internal', 'Something went wrong on the server.', { cause: error });
    }
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') {
      return new HttpProblem(413, 'payload-too-large', 'The request body is larger than the server accepts.');
    }
    if (error.type === 'entity.parse.failed') {
      return new HttpProblem(400, 'bad-request', 'The request body is not valid JSON.');
    }
    if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
      return new HttpProblem(415, 'unsupported-media-type', 'The request body encoding is not supported.');
    }
    if (error.status >= 400 && error.status < 500) {
      return new HttpProblem(400, 'bad-request', 'The request body could not be read.');
    }
  }
  // Express's router answers a path it cannot percent-decode with a URIError carrying status 400.
  const status = (error as { status?: unknown } | null)?.status;
  if (error instanceof URIError || (typeof status === 'number' && status >= 400 && status < 500)) {
    return new HttpProblem(400, 'bad-request', 'The request URL could not be read.');
  }
  return new HttpProblem(500, 'internal', 'Something went wrong on the server.', { cause: error });
}
