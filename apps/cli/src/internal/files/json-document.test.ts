import { describe, expect, it } from 'vitest';
import { CliError } from '../../cli-error.js';
import { parseJsonDocument } from './json-document.js';

const text = [
  '{',
  '  "name": "x",',
  '  "nodes": [',
  '    { "id": "a" },',
  '    { "id": "b", "kind": 3 }',
  '  ]',
  '}',
].join('\n');

describe('parseJsonDocument', () => {
  it('locates values by path, falling back to the nearest existing parent', () => {
    const document = parseJsonDocument('toc.json', text);
    expect(document.value).toEqual({ name: 'x', nodes: [{ id: 'a' }, { id: 'b', kind: 3 }] });
    expect(document.locate(['name'])).toEqual({ line: 2, column: 3 });
    expect(document.locate(['nodes', 1, 'kind'])).toEqual({ line: 5, column: 18 });
    expect(document.locate(['nodes', 1, 'label'])).toEqual({ line: 5, column: 5 });
    expect(document.locate([])).toEqual({ line: 1, column: 1 });
  });

  it('reports syntax errors with their line and column as a validation error', () => {
    let caught: unknown;
    try {
      parseJsonDocument('bad.json', '{\n  "a": 1,\n}\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    const error = caught as CliError;
    expect(error.code).toBe('validation');
    expect(error.problems[0]).toMatchObject({ file: 'bad.json', line: 3, column: 1 });
    expect(error.problems[0]?.message).toContain('invalid JSON');
  });

  it('rejects an empty file', () => {
    expect(() => parseJsonDocument('empty.json', '')).toThrow(CliError);
  });
});
