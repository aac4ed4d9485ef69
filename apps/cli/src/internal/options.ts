import { type Command, InvalidArgumentError, Option } from 'commander';

/** Output formats of commands that print results. */
export type OutputFormat = 'table' | 'json' | 'csv';

/** Adds `--format` with the given choices (the first is the default). */
export function addFormatOption(
  command: Command,
  choices: readonly OutputFormat[] = ['table', 'json', 'csv'],
) {
  return command.addOption(
    new Option('-f, --format <format>', 'output format').choices(choices).default(choices[0]),
  );
}

/** Parses a positive integer option value, or fails as a usage error (exit 2). */
export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError('expected a positive whole number');
  }
  return number;
}

/** Parses a comma-separated list option value (`a,b,c`), trimming blanks. */
export function parseList(value: string, previous: string[] = []): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) throw new InvalidArgumentError('expected a comma-separated list');
  return [...previous, ...items];
}

/** Formats an "Examples:" help section. */
export function examples(...lines: [command: string, explanation: string][]): string {
  return `\nExamples:\n${lines.map(([command, explanation]) => `  # ${explanation}\n  $ ${command}\n`).join('\n')}`;
}
