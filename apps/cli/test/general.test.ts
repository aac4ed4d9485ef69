import { describe, expect, it } from 'vitest';
import { cliVersion } from '../src/index.js';
import { runInProcess } from './run-in-process.js';
import { runNeighbourly } from './run-neighbourly.js';

const commands = ['init', 'validate', 'indicators', 'report', 'typology', 'import', 'export', 'serve'];

describe('the neighbourly command', () => {
  it('prints its version and exits 0', async () => {
    const run = await runNeighbourly(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(cliVersion);
  });

  it('lists every command and the exit codes in --help', async () => {
    const run = await runInProcess(['--help']);
    expect(run.code).toBe(0);
    for (const command of commands) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toContain(
      'Exit codes: 0 ok, 1 validation problems, 2 usage error, 3 I/O or store error',
    );
  });

  it.each(commands)('shows examples in "%s --help"', async (command) => {
    const run = await runInProcess([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain(`$ neighbourly ${command}`);
  });

  it('exits 2 on an unknown command or option, with a hint', async () => {
    const unknownCommand = await runNeighbourly(['frobnicate']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain("unknown command 'frobnicate'");
    const unknownOption = await runNeighbourly(['validate', '--no-such-option', 'x.json']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option '--no-such-option'");
    expect(unknownOption.stderr).toContain('--help');
  });

  it('writes no colour codes to a pipe, and colours when FORCE_COLOR asks', async () => {
    const piped = await runNeighbourly(['validate', 'missing.json']);
    expect(piped.stderr).not.toContain('\u001b[');
    const forced = await runNeighbourly(['validate', 'missing.json'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\u001b[31m');
  });

  it('shows a stack trace only with --debug', async () => {
    const plain = await runInProcess(['validate', 'missing.json']);
    expect(plain.code).toBe(3);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runInProcess(['--debug', 'validate', 'missing.json']);
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/CliError: Cannot read missing\.json[^\n]*\n\s+at /);
    expect(debug.stderr).toContain('caused by: Error: ENOENT');
  });
});
