// Writes output/projects/<project>/project.json + responses.ndjson for a synthetic programme (40 projects from
// @neighbourly/demo's generator: four kinds of neighbourhood, different sizes and true effects, a few tiny
// projects) and output/projects.csv with their context variables. Deterministic: the same files every run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoProgramme, programmeColumns, programmeContextCsv } from '@neighbourly/demo';

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, 'output');
rmSync(output, { recursive: true, force: true });
const programme = createDemoProgramme({ projects: 40, medianRespondents: 40, smallProjects: 3 });
const waveLabels = { baseline: 'Nulmeting', 'mid-term': 'Tussenmeting', end: 'Eindmeting' };

for (const project of programme.projects) {
  const dir = join(output, 'projects', project.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'project.json'),
    JSON.stringify(
      {
        name: project.name,
        slug: project.id,
        languages: ['nl', 'fr', 'en'],
        indicatorSet: { id: 'programme', indicators: programme.indicators },
        waves: project.waves.map((id) => ({ id, label: waveLabels[id] })),
        responses: 'responses.ndjson',
      },
      null,
      2,
    ),
  );
  // The generator's column batch, written as one response record per line.
  const columns = programmeColumns(programme, project);
  const lines = [];
  for (let row = 0; row < columns.length; row++) {
    const answers = {};
    for (const [item, values] of Object.entries(columns.answers)) {
      if (!Number.isNaN(values[row])) answers[item] = values[row];
    }
    lines.push(JSON.stringify({ waveId: columns.waveId[row], answers }));
  }
  writeFileSync(join(dir, 'responses.ndjson'), `${lines.join('\n')}\n`);
}
writeFileSync(join(output, 'projects.csv'), programmeContextCsv(programme));
const responses = programme.projects.reduce((sum, p) => sum + p.respondentsPerWave * p.waves.length, 0);
console.log(
  `Wrote ${programme.projects.length} projects (${responses} responses) to output/projects and output/projects.csv`,
);
