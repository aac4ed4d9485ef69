import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ProjectFileInput } from '../src/index.js';
import { buildRecords } from './build-project.js';

/** A SurveyJS definition answering the round-trip indicators. */
export const definition = {
  pages: [
    {
      name: 'answers',
      elements: [
        { type: 'rating', name: 'meet_neighbours', rateMin: 1, rateMax: 5 },
        { type: 'radiogroup', name: 'knows_neighbour_help', choices: ['yes', 'no'] },
        { type: 'radiogroup', name: 'lonely', choices: ['never', 'sometimes', 'often'] },
      ],
    },
  ],
};

export const projectFile: ProjectFileInput = {
  name: 'Round trip',
  slug: 'round-trip',
  framework: 'caring-neighbourhoods',
  waves: [{ id: 'baseline' }, { id: 'end' }],
  indicatorSet: {
    id: 'round-trip',
    indicators: [
      {
        id: 'meets-neighbours-weekly',
        label: { en: 'Talks with neighbours weekly' },
        objectiveId: 'encounters',
        kind: 'proportion',
        items: ['meet_neighbours'],
        success: { op: 'gte', value: 4 },
        unit: 'share',
      },
      {
        id: 'knows-neighbour-for-help',
        label: { en: 'Knows a neighbour for help' },
        objectiveId: 'co-reliance',
        kind: 'proportion',
        items: ['knows_neighbour_help'],
        success: { anyOf: ['yes'] },
        unit: 'share',
      },
      {
        id: 'often-lonely',
        label: { en: 'Often lonely' },
        objectiveId: 'quality-of-life',
        kind: 'proportion',
        items: ['lonely'],
        success: { anyOf: ['often'] },
        direction: 'lower-is-better',
      },
    ],
  },
};

/** The builder's records as a CSV export of another tool, with its own column names. */
export function recordsCsv(): string {
  const rows = buildRecords().map((record) => [
    record.respondentId,
    record.waveId,
    record.group?.age_band,
    record.answers.meet_neighbours,
    record.answers.knows_neighbour_help,
    record.answers.lonely,
  ]);
  return stringify(rows, { header: true, columns: ['Respondent', 'Wave', 'Age', 'Meet', 'Help', 'Lonely'] });
}

/**
 * Writes a project whose responses are a CSV of another tool: project.json, the survey, the mapping and
 * answers.csv (the builder's records), in `dir`.
 */
export async function writeCsvProject(
  dir: string,
): Promise<{ project: string; survey: string; mapping: string; csv: string }> {
  const project = join(dir, 'project.json');
  const survey = join(dir, 'survey.json');
  const mapping = join(dir, 'mapping.json');
  const csv = join(dir, 'answers.csv');
  await writeFile(project, JSON.stringify(projectFile, null, 2));
  await writeFile(survey, JSON.stringify(definition, null, 2));
  await writeFile(
    mapping,
    JSON.stringify({
      questions: { Meet: 'meet_neighbours', Help: 'knows_neighbour_help', Lonely: 'lonely' },
      waveColumn: 'Wave',
      respondentColumn: 'Respondent',
      groupColumns: { age_band: 'Age' },
    }),
  );
  await writeFile(csv, recordsCsv());
  return { project, survey, mapping, csv };
}
