import { expect, it } from 'vitest';
import { isJsonValue, JsonObjectSchema } from './json.js';

it('accepts JSON and keeps every key, __proto__ included', () => {
  const parsed = JSON.parse('{"a":[1,"x",null,{"__proto__":{"b":true}}],"__proto__":0}') as unknown;
  const result = JsonObjectSchema.parse(parsed);
  expect(JSON.stringify(result)).toBe('{"a":[1,"x",null,{"__proto__":{"b":true}}],"__proto__":0}');
});

it('rejects what JSON cannot carry exactly', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const sparse: number[] = [1];
  sparse[2] = 3;
  for (const value of [
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    new Date(0),
    () => 1,
    sparse,
    cyclic,
    { a: undefined },
  ]) {
    expect(isJsonValue(value)).toBe(false);
  }
  expect(JsonObjectSchema.safeParse([]).success).toBe(false);
  expect(JsonObjectSchema.safeParse('{}').success).toBe(false);
});

it('checks deeply nested input without overflowing the stack', () => {
  const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
  expect(isJsonValue(deep)).toBe(true);
});
