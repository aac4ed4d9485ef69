import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { CliError, type CliProblem } from '../../cli-error.js';
import { readTextFile } from './read-text-file.js';

/** A parsed JSON file that can say on which line a value sits. */
export interface JsonDocument {
  /** The file as the user named it. */
  file: string;
  value: unknown;
  /** The line and column (1-based) of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/**
 * Parses JSON text strictly (no comments, no trailing commas). Syntax errors become a CliError `validation`
 * (exit 1) with the line and column of each error.
 */
export function parseJsonDocument(file: string, text: string): JsonDocument {
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  const tree: Node | undefined = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  if (errors.length > 0 || tree === undefined) {
    const problems: CliProblem[] = errors.map((error) => ({
      file,
      ...position(starts, error.offset),
      message: `invalid JSON: ${printParseErrorCode(error.error)}`,
    }));
    if (problems.length === 0) problems.push({ file, message: 'invalid JSON: the file is empty' });
    throw new CliError('validation', `${file} is not valid JSON`, { problems });
  }
  const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return {
    file,
    value,
    locate(path) {
      for (let length = path.length; length >= 0; length--) {
        const node = findNodeAtLocation(tree, path.slice(0, length) as (string | number)[]);
        if (node) {
          // Point at the property name rather than its value when there is one.
          const anchor = node.parent?.type === 'property' ? node.parent : node;
          return position(starts, anchor.offset);
        }
      }
      return undefined;
    },
  };
}

/** Reads and parses a JSON file (exit 3 when unreadable, exit 1 when not valid JSON). */
export async function readJsonDocument(file: string): Promise<JsonDocument> {
  return parseJsonDocument(file, await readTextFile(file));
}
