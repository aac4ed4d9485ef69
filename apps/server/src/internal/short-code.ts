import { randomInt } from 'node:crypto';

/**
 * Letters of printed invitation codes: capitals and digits without the ones people mix up (0/O, 1/I/L, U/V),
 * so a code read off paper is typed right.
 */
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const length = 10;

/**
 * A new printed invitation code, e.g. `K7PMQ-2XD9F`: 10 random letters of a 30-letter alphabet (about 49
 * bits; guessing is bounded by the public endpoints' rate limit). It is an invitation token like the long
 * ones: only its hash is stored (of {@link normalizeShortCode}'s form).
 */
export function createShortCode(): string {
  let code = '';
  for (let i = 0; i < length; i += 1) code += alphabet[randomInt(alphabet.length)];
  return code;
}

/** A code as printed: two groups of five, `K7PMQ-2XD9F`. */
export function formatShortCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The canonical form of a typed code (capitals, without spaces or dashes), or `undefined` when the text
 * cannot be a printed code (a long link token, for one).
 */
export function normalizeShortCode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== length) return undefined;
  for (const char of compact) if (!alphabet.includes(char)) return undefined;
  return compact;
}
