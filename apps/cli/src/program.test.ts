import { expect, it } from 'vitest';
import { cliVersion, createProgram } from './program.js';

it('prints its version', () => {
  const program = createProgram().exitOverride();
  let out = '';
  program.configureOutput({ writeOut: (text) => (out += text) });
  expect(() => program.parse(['node', 'neighbourly', '--version'])).toThrow();
  expect(out.trim()).toBe(cliVersion);
});
