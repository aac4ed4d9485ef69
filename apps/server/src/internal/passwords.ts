import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

/** A new password: 12 to 200 characters (a passphrase is welcome). Never logged, never stored in clear. */
export const PasswordSchema = z.string().min(12, 'must be at least 12 characters').max(200);

// OWASP's argon2id setting: 19 MiB, 2 passes, 1 lane. @node-rs/argon2 defaults to argon2id.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id (PHC string with its own random salt). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Whether the password matches the hash. Without a hash (no such account, or not activated yet) a dummy hash
 * is verified all the same, so the answer takes as long as for a real account and reveals nothing.
 */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    dummyHash ??= hashPassword('neighbourly-dummy-password-for-timing');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
