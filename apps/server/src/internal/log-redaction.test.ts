import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { redactPaths, redactUrl, serializeRequest } from './log-redaction.js';

describe('log redaction', () => {
  it('cuts invitation tokens out of URLs but keeps wave ids of open waves', () => {
    expect(redactUrl('/s/abcDEF123_-xyz?lang=nl')).toBe('/s/[token]?lang=nl');
    expect(redactUrl('/api/public/abcDEF123_-xyz/responses')).toBe('/api/public/[token]/responses');
    expect(redactUrl('/api/public/waves/0190a8c4/responses')).toBe('/api/public/waves/0190a8c4/responses');
  });

  it('never writes headers, bodies, keys or answers', () => {
    const lines: string[] = [];
    const logger = pino(
      { redact: { paths: redactPaths, censor: '[redacted]' } },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const req = {
      method: 'POST',
      url: '/api/public/secret-token-123456789/responses',
      headers: { authorization: 'Bearer nbk_x' },
    };
    logger.info({ req: serializeRequest(req as never), token: 'secret-token', answers: { q: 1 } }, 'done');
    const text = lines.join('');
    expect(text).not.toContain('secret-token');
    expect(text).not.toContain('nbk_x');
    expect(text).not.toContain('"q"');
    expect(text).toContain('/api/public/[token]/responses');
  });
});
