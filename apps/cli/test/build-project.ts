import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResponseRecord } from '@neighbourly/core';
import type { ProjectFileInput } from '../src/index.js';

/**
 * Response records for the built-in sample indicator set, with values chosen so that results can be checked by
 * hand. Respondent i (0-based) of `count`:
 * - `meet_neighbours`: baseline 1 + i % 5 (40% answer 4 or 5), end min(5, 2 + i % 5) (60%);
 * - `knows_neighbour_help`: baseline `yes` unless i % 3 = 0 (20 of 30), end `yes` unless i % 5 = 0 (24 of 30);
 * - `who5_1` … `who5_5`: (i + k) % 6, so every WHO-5 score can be computed;
 * - groups: `age_band` `65+` for i < 10, else `<65`; `area` `small` for i < 3 (a cell too small to show).
 */
export function buildRecords(count = 30): ResponseRecord[] {
  const records: ResponseRecord[] = [];
  for (const waveId of ['baseline', 'end']) {
    for (let i = 0; i < count; i++) {
      const end = waveId === 'end';
      records.push({
        respondentId: `r${String(i + 1).padStart(3, '0')}`,
        waveId,
        group: {
          respondentGroup: 'resident',
          age_band: i < 10 ? '65+' : '<65',
          area: i < 3 ? 'small' : 'large',
        },
        answers: {
          meet_neighbours: end ? Math.min(5, 2 + (i % 5)) : 1 + (i % 5),
          cohesion_1: 1 + ((i + 1) % 5),
          cohesion_2: 1 + ((i + 2) % 5),
          cohesion_3: 1 + ((i + 3) % 5),
          cohesion_4: 1 + ((i + (end ? 1 : 4)) % 5),
          knows_neighbour_help: (end ? i % 5 : i % 3) === 0 ? 'no' : 'yes',
          knows_where_to_signal: i % 2 === 0 ? 'yes' : 'no',
          lonely: ['never', 'sometimes', 'often'][i % 3] as string,
          ...Object.fromEntries([1, 2, 3, 4, 5].map((k) => [`who5_${k}`, (i + k) % 6])),
        },
      });
    }
  }
  return records;
}

/** Writes records as NDJSON, one per line. */
export function toNdjson(records: readonly unknown[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + '\n';
}

/** Writes a project folder: project.json on the built-in sample indicator set and the responses. */
export async function writeProject(
  dir: string,
  overrides: Partial<ProjectFileInput> = {},
): Promise<{ project: string; responses: string }> {
  await mkdir(dir, { recursive: true });
  const project: ProjectFileInput = {
    name: 'Zorgzame buurt Test',
    slug: 'zorgzame-buurt-test',
    languages: ['en', 'nl'],
    framework: 'caring-neighbourhoods',
    indicatorSet: 'sample-caring-neighbourhood',
    waves: [{ id: 'baseline' }, { id: 'end' }],
    responses: 'responses.ndjson',
    ...overrides,
  };
  const projectFile = join(dir, 'project.json');
  const responses = join(dir, 'responses.ndjson');
  await writeFile(projectFile, JSON.stringify(project, null, 2));
  await writeFile(responses, toNdjson(buildRecords()));
  return { project: projectFile, responses };
}
