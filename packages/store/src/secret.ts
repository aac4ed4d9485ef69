import { createHash, randomBytes } from 'node:crypto';

/** A new secret (invitation token or API key) and the hash the store keeps of it. */
export interface Secret {
  /** Give this to the person once; it is never stored. */
  secret: string;
  /** SHA-256 of the secret, lower-case hex: store and look up this. */
  hash: string;
}

/**
 * Makes a high-entropy secret (32 random bytes, base64url, with an optional readable prefix) and its hash.
 * Because the secret is random and long, a plain SHA-256 is enough to keep it safely at rest.
 *
 * @example
 * const { secret, hash } = createSecret('nbk_');
 * await store.apiKeys.create({ name: 'CLI', role: 'admin', keyHash: hash });
 * // show `secret` once
 */
export function createSecret(prefix = ''): Secret {
  const secret = prefix + randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

/** The hash the store keeps of a secret: SHA-256, lower-case hex. Use it to look a token or key up. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
