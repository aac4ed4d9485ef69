import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { JsonObject } from './json.js';
import { openSqliteStore } from './open-sqlite-store.js';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

// Any JSON object a respondent's answers could be (JSON text parsed, so no -0, NaN or undefined).
const answersArbitrary = fc.dictionary(
  fc.string({ maxLength: 12 }),
  fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as JsonObject[string]),
  { maxKeys: 6 },
);

it('export then import preserves any answers and definitions exactly', { timeout: 60_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(answersArbitrary, { minLength: 1, maxLength: 5 }),
      answersArbitrary,
      async (answers, definition) => {
        const source = await openSqliteStore({ filename: ':memory:' });
        const target = await openSqliteStore({ filename: ':memory:' });
        try {
          const project = await source.projects.create({
            slug: 'round-trip',
            name: 'Round trip',
            languages: ['en'],
            frameworkId: 'x',
            theoryOfChange: definition,
          });
          const survey = await source.surveys.create({ projectId: project.id, name: 'S', definition });
          const wave = await source.waves.create({
            projectId: project.id,
            surveyId: survey.id,
            label: 'W',
            access: 'open',
          });
          for (const given of answers)
            await source.responses.save({ waveId: wave.id, status: 'complete', answers: given });

          const exported = await collect(source.exportNdjson(project.id));
          await target.importNdjson(exported);
          const restored = await collect(target.streamResponses({ projectId: project.id }));
          expect(restored.map((r) => r.answers)).toEqual(answers);
          expect((await target.surveys.getVersion(survey.id))?.definition).toEqual(definition);
          expect((await target.projects.get(project.id))?.theoryOfChange).toEqual(definition);
          expect((await collect(target.exportNdjson(project.id))).slice(1)).toEqual(exported.slice(1));
        } finally {
          await source.close();
          await target.close();
        }
      },
    ),
    { numRuns: 40 },
  );
});
