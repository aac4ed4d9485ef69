/**
 * A fresh key for one typed-in questionnaire (`Idempotency-Key`): sending the same form again after a lost
 * answer returns the first result instead of storing it twice. `crypto.getRandomValues` works on plain http
 * too, where `crypto.randomUUID` does not exist.
 */
export function newEntryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `entry-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
