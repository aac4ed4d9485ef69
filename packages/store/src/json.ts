import { z } from 'zod';

/** A JSON value: string, finite number, boolean, null, array or plain object of JSON values. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object (string keys, JSON values). */
export type JsonObject = { [key: string]: JsonValue };

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether a value is JSON that survives `JSON.stringify` → `JSON.parse` unchanged: no `undefined`, no
 * non-finite numbers, no class instances (dates, maps), no cycles. (`-0` is accepted and comes back as `0`.) Checked without recursion, so deeply nested
 * input cannot overflow the stack.
 */
export function isJsonValue(value: unknown): value is JsonValue {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (typeof item !== 'object') return false;
    if (seen.has(item)) return false;
    seen.add(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i += 1) {
        if (!(i in item)) return false;
        const child: unknown = item[i];
        // Strings, booleans and null are settled here; the rest (numbers too) is checked when popped.
        if (typeof child !== 'string' && typeof child !== 'boolean' && child !== null) pending.push(child);
      }
      continue;
    }
    if (!isPlainObject(item)) return false;
    for (const key of Object.keys(item)) {
      const child = (item as Record<string, unknown>)[key];
      if (typeof child !== 'string' && typeof child !== 'boolean' && child !== null) pending.push(child);
    }
  }
  return true;
}

const jsonMessage =
  'must be JSON: strings, finite numbers, booleans, null, arrays and plain objects (no undefined, no cycles)';

/**
 * Any JSON value. The store keeps such values exactly as given and never interprets them. The schema checks the
 * value without copying it, so every key survives — even `__proto__`, which copying into a new object would lose.
 */
export const JsonValueSchema = z.custom<JsonValue>(isJsonValue, { message: jsonMessage });

/**
 * A JSON object the store keeps opaque: a SurveyJS definition, a theory of change, an indicator set,
 * a response's answers. Their content is validated by `@neighbourly/core` and `@neighbourly/surveys`.
 */
export const JsonObjectSchema = z.custom<JsonObject>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    isPlainObject(value) &&
    isJsonValue(value),
  { message: `must be a JSON object; values ${jsonMessage}` },
);
