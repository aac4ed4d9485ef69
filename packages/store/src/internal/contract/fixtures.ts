import { hashSecret } from '../../secret.js';
import type { Store } from '../../store.js';

/** A small SurveyJS definition: the store keeps it opaque, so any JSON object works. */
export const definition = {
  title: { nl: 'Buurtbevraging', en: 'Neighbourhood survey' },
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'wellbeing', rateMin: 1, rateMax: 5 },
        { type: 'boolean', name: 'knowsNeighbour' },
      ],
    },
  ],
};

let counter = 0;

/** A unique kebab-case slug for a test project. */
export function uniqueSlug(prefix = 'buurt'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** A unique token hash (the hash of a made-up token). */
export function uniqueTokenHash(): string {
  counter += 1;
  return hashSecret(`token-${Date.now()}-${counter}-${Math.random()}`);
}

/** A project with a survey, an invitation wave, an open wave and two respondents. */
export async function seedProject(store: Store) {
  const project = await store.projects.create({
    slug: uniqueSlug(),
    name: 'Zorgzame buurt Sint-Amandsberg',
    languages: ['nl', 'fr'],
    frameworkId: 'caring-neighbourhoods',
  });
  const survey = await store.surveys.create({ projectId: project.id, name: 'Baseline', definition });
  const wave = await store.waves.create({
    projectId: project.id,
    surveyId: survey.id,
    label: 'Baseline 2025',
    status: 'open',
  });
  const openWave = await store.waves.create({
    projectId: project.id,
    surveyId: survey.id,
    label: 'Open call',
    access: 'open',
    status: 'open',
  });
  const alice = await store.respondents.create({ projectId: project.id, group: 'resident' });
  const bob = await store.respondents.create({ projectId: project.id, group: 'volunteer' });
  return { project, survey, wave, openWave, alice, bob };
}

/** Lines of an export whose responses are `count` generated records: fast seeding of large projects. */
export function* largeExport(count: number, ids: (i: number) => string) {
  const at = '2025-01-01T00:00:00.000Z';
  const projectId = '01900000-0000-7000-8000-000000000001';
  const surveyId = '01900000-0000-7000-8000-000000000002';
  const waveId = '01900000-0000-7000-8000-000000000003';
  yield `${JSON.stringify({ type: 'header', format: 'neighbourly-export', version: 1, projectId, exportedAt: at })}\n`;
  yield `${JSON.stringify({
    type: 'project',
    record: {
      id: projectId,
      slug: uniqueSlug('large'),
      name: 'Large',
      languages: ['en'],
      frameworkId: 'caring-neighbourhoods',
      createdAt: at,
      updatedAt: at,
    },
  })}\n`;
  yield `${JSON.stringify({
    type: 'survey',
    record: { id: surveyId, projectId, name: 'S', latestVersion: 1, createdAt: at, updatedAt: at },
  })}\n`;
  yield `${JSON.stringify({
    type: 'surveyVersion',
    record: { surveyId, projectId, version: 1, definition, locked: true, createdAt: at, updatedAt: at },
  })}\n`;
  yield `${JSON.stringify({
    type: 'wave',
    record: {
      id: waveId,
      projectId,
      surveyId,
      surveyVersion: 1,
      label: 'W',
      access: 'open',
      status: 'closed',
      createdAt: at,
      updatedAt: at,
    },
  })}\n`;
  for (let i = 0; i < count; i += 1) {
    yield `${JSON.stringify({
      type: 'response',
      record: {
        id: ids(i),
        projectId,
        waveId,
        surveyId,
        surveyVersion: 1,
        status: 'complete',
        answers: {
          wellbeing: (i % 5) + 1,
          knowsNeighbour: i % 3 === 0,
          comment: `answer number ${i} `.repeat(4),
        },
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
      },
    })}\n`;
  }
  return { projectId, waveId };
}

/** The i-th of a series of sortable UUIDv7-shaped ids. */
export function sequentialId(i: number): string {
  const hex = i.toString(16).padStart(12, '0');
  return `01900000-0001-7000-8000-${hex}`;
}
