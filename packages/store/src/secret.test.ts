import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { createSecret, hashSecret } from './secret.js';

it('makes distinct high-entropy secrets and hashes them with SHA-256', () => {
  const a = createSecret('nbk_');
  const b = createSecret('nbk_');
  expect(a.secret).toMatch(/^nbk_[A-Za-z0-9_-]{43}$/);
  expect(a.secret).not.toBe(b.secret);
  expect(a.hash).toBe(createHash('sha256').update(a.secret).digest('hex'));
  expect(hashSecret(a.secret)).toBe(a.hash);
  expect(a.hash).not.toContain(a.secret.slice(4, 12));
});
