#!/usr/bin/env node
// `npm run doc-test`: executable documentation. Runs every code block marked runnable in README.md,
// packages/*/README.md, apps/*/README.md and docs/*.md, checks the output where the document shows it, and
// checks that package READMEs link to the repository with absolute links that exist (they are read on npm).
//
// Marking a block (the word `run` after the language):
//
//   ```ts run        TypeScript, run with tsx on the workspace sources (the @neighbourly/source condition)
//   ```js run        JavaScript (ES module), the same way
//   ```sh run        a shell script (bash -e), in an empty folder; `npx neighbourly` is the repository's CLI
//                    (needs `npm run build`)
//
// A block followed (blank lines apart) by a ```text output block must print exactly that text on stdout
// (trailing spaces ignored); a line `…` in the expected text stands for any number of lines.
//
//   node scripts/doc-test.mjs [files…]      (default: all documents above)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const scratch = join(root, '.doc-test');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs');

/** The repository URL every package README links to, from the root package.json `repository`. */
const repository = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .repository.url.replace(/^git\+/, '')
  .replace(/\.git$/, '');

function documents() {
  const inFolder = (folder, name) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder))
          .filter((entry) => existsSync(join(root, folder, entry, name)))
          .map((entry) => join(folder, entry, name))
      : [];
  const docs = readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file));
  return ['README.md', ...inFolder('packages', 'README.md'), ...inFolder('apps', 'README.md'), ...docs];
}

/** The fenced blocks of a Markdown text: language, words after it, body and line. */
function fencedBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\S*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang, rest] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].startsWith(`${indent}${fence}`)) {
      body.push(lines[j].slice(indent.length));
      j++;
    }
    blocks.push({
      lang,
      words: rest.split(/\s+/).filter(Boolean),
      body: body.join('\n'),
      line: i + 1,
      end: j + 1,
    });
    i = j;
  }
  return blocks;
}

/** Whether `actual` matches `expected`, where a `…` line of `expected` matches any lines. */
function matches(actual, expected) {
  const a = actual.split('\n').map((line) => line.trimEnd());
  const e = expected.split('\n').map((line) => line.trimEnd());
  const match = (i, j) => {
    if (j === e.length) return i === a.length;
    if (e[j] === '…') {
      for (let k = i; k <= a.length; k++) if (match(k, j + 1)) return true;
      return false;
    }
    return i < a.length && a[i] === e[j] && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/** Runs one block; returns its output or a failure. */
function runBlock(block, id) {
  const folder = join(scratch, id);
  mkdirSync(folder, { recursive: true });
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  let command;
  let args;
  if (block.lang === 'sh') {
    writeFileSync(join(folder, 'block.sh'), block.body);
    command = 'bash';
    args = ['-eo', 'pipefail', 'block.sh'];
  } else {
    const file = block.lang === 'ts' ? 'block.mts' : 'block.mjs';
    writeFileSync(join(folder, file), block.body);
    command = process.execPath;
    args = ['--conditions=@neighbourly/source', '--import', tsx, file];
  }
  const result = spawnSync(command, args, { cwd: folder, env, encoding: 'utf8', timeout: 120_000 });
  return result;
}

/** Links of a package README: relative ones fail on npm, repository ones must point at a file that exists. */
function checkLinks(file, text) {
  const problems = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (target.startsWith('#') || /^mailto:/.test(target)) continue;
    if (!/^https?:\/\//.test(target)) {
      problems.push(
        `${file}: relative link ${target} does not work on the npm page: link to ${repository}/…`,
      );
      continue;
    }
    const inRepo = new RegExp(`^${repository.replace(/[.]/g, '\\.')}/(?:blob|tree)/main/([^#?]*)`).exec(
      target,
    );
    if (inRepo && !existsSync(join(root, decodeURIComponent(inRepo[1])))) {
      problems.push(`${file}: ${target} points at ${inRepo[1]}, which is not in the repository`);
    }
  }
  return problems;
}

const files =
  process.argv.length > 2 ? process.argv.slice(2).map((file) => relative(root, file)) : documents();
const failures = [];
let ran = 0;
let checked = 0;
rmSync(scratch, { recursive: true, force: true });
try {
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    if (/^(packages|apps)\//.test(file)) failures.push(...checkLinks(file, text));
    const blocks = fencedBlocks(text);
    blocks.forEach((block, index) => {
      if (!block.words.includes('run')) return;
      if (!['ts', 'js', 'sh'].includes(block.lang)) {
        failures.push(`${file}:${block.line}: "run" is for ts, js and sh blocks, not "${block.lang}"`);
        return;
      }
      const next = blocks[index + 1];
      const between = text.split('\n').slice(block.end, next ? next.line - 1 : 0);
      const expected =
        next &&
        next.lang === 'text' &&
        next.words.includes('output') &&
        between.every((line) => line.trim() === '')
          ? next.body
          : undefined;
      const id = `${file.replace(/[\\/]/g, '-').replace(/\.md$/, '')}-${block.line}`;
      const started = Date.now();
      const result = runBlock(block, id);
      ran++;
      const where = `${file}:${block.line}`;
      const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (result.status !== 0) {
        failures.push(
          `${where}: the ${block.lang} block failed (exit ${result.status ?? result.signal})\n${result.stderr || result.stdout}`,
        );
        console.log(`✗ ${where} (${took})`);
        return;
      }
      if (expected !== undefined) {
        checked++;
        if (!matches(result.stdout.trimEnd(), expected.trimEnd())) {
          failures.push(
            `${where}: the output differs from the document\n--- expected\n${expected}\n--- printed\n${result.stdout}`,
          );
          console.log(`✗ ${where} (${took})`);
          return;
        }
      }
      console.log(`✓ ${where}${expected === undefined ? '' : ' (output checked)'} (${took})`);
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`\n${ran} runnable blocks in ${files.length} documents, ${checked} with their output checked`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`\n${failure}`);
  console.error(`\ndoc-test: ${failures.length} problem${failures.length === 1 ? '' : 's'}`);
  process.exit(1);
}
