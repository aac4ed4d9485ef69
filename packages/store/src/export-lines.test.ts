import { expect, it } from 'vitest';
import { readExportLines } from './export-lines.js';
import { StoreError } from './store-error.js';

const header = {
  type: 'header',
  format: 'neighbourly-export',
  version: 1,
  projectId: '01900000-0000-7000-8000-000000000001',
  exportedAt: '2025-01-01T00:00:00.000Z',
};
const project = {
  type: 'project',
  record: {
    id: header.projectId,
    slug: 'p',
    name: 'P',
    languages: ['en'],
    frameworkId: 'x',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  },
};
const audit = {
  type: 'audit',
  record: { id: '01900000-0000-7000-8000-000000000009', at: header.exportedAt, actor: 'cli', action: 'x' },
};

async function read(lines: unknown[]) {
  const out = [];
  for await (const line of readExportLines(lines.map((l) => `${JSON.stringify(l)}\r\n`))) out.push(line.type);
  return out;
}

async function failure(lines: unknown[]): Promise<string> {
  try {
    await read(lines);
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('invalid-import');
    return (error as StoreError).message;
  }
  throw new Error('expected a failure');
}

it('reads a header and records, tolerating CRLF and blank lines', async () => {
  expect(await read([header, project])).toEqual(['header', 'project']);
});

it('names the line of each problem', async () => {
  expect(await failure([project])).toMatch(/line 1: the first line must be the export header/);
  expect(await failure([header, project, header])).toMatch(/line 3: a second header/);
  expect(await failure([header, project, { ...project }])).toMatch(/line 3: a second project/);
  expect(
    await failure([
      header,
      project,
      { ...audit, record: { ...audit.record, projectId: '01900000-0000-7000-8000-00000000000f' } },
    ]),
  ).toMatch(/line 3: a audit record of another project/);
  expect(await failure([header, project, { type: 'response', record: { id: { $gt: '' } } }])).toMatch(
    /line 3/,
  );
});
