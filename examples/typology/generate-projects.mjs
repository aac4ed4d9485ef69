// Writes output/projects.csv: 132 synthetic caring-neighbourhood projects (as many as the Flemish programme had),
// one row each, with the context variables a typology clusters on. The projects come from four made-up kinds of
// neighbourhood; `kind` records which, so the example can show how well the typology finds them again.
// Deterministic: the same file on every run.
import { mkdirSync, writeFileSync } from 'node:fs';

/** mulberry32: a small seeded pseudo-random generator, so the sample is the same on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const uniform = random(132);
/** A normal deviate (Box–Muller). */
const normal = (mean, sd) =>
  mean + sd * Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

// mean and sd of: density (inhabitants per km²), population, older_share (% aged 65+), deprivation (index 0-100),
// partners (partner organisations), focus_areas (building blocks the project works on, 1-8)
const kinds = [
  {
    kind: 'urban-deprived',
    count: 35,
    density: [6000, 1500],
    population: [12000, 3000],
    older_share: [14, 3],
    deprivation: [65, 10],
    partners: [14, 4],
    focus_areas: [5, 1],
  },
  {
    kind: 'suburban-ageing',
    count: 40,
    density: [1500, 500],
    population: [8000, 2000],
    older_share: [24, 3],
    deprivation: [25, 8],
    partners: [8, 3],
    focus_areas: [4, 1],
  },
  {
    kind: 'rural-ageing',
    count: 37,
    density: [200, 80],
    population: [3000, 1000],
    older_share: [27, 3],
    deprivation: [35, 8],
    partners: [5, 2],
    focus_areas: [3, 1],
  },
  {
    kind: 'small-town-network',
    count: 20,
    density: [2500, 600],
    population: [5000, 1500],
    older_share: [20, 3],
    deprivation: [50, 10],
    partners: [18, 4],
    focus_areas: [7, 1],
  },
];

const projects = [];
for (const spec of kinds) {
  for (let i = 0; i < spec.count; i++) {
    projects.push({
      kind: spec.kind,
      density: Math.round(clamp(normal(...spec.density), 30, 20000)),
      population: Math.round(clamp(normal(...spec.population), 500, 40000)),
      older_share: clamp(normal(...spec.older_share), 5, 45).toFixed(1),
      deprivation: clamp(normal(...spec.deprivation), 0, 100).toFixed(1),
      partners: Math.round(clamp(normal(...spec.partners), 1, 40)),
      focus_areas: Math.round(clamp(normal(...spec.focus_areas), 1, 8)),
    });
  }
}
// Shuffle (Fisher–Yates) so that the file is not ordered by kind, then number the projects.
for (let i = projects.length - 1; i > 0; i--) {
  const j = Math.floor(uniform() * (i + 1));
  [projects[i], projects[j]] = [projects[j], projects[i]];
}
const columns = [
  'project',
  'kind',
  'density',
  'population',
  'older_share',
  'deprivation',
  'partners',
  'focus_areas',
];
const lines = [columns.join(',')];
projects.forEach((project, index) => {
  const row = { project: `project-${String(index + 1).padStart(3, '0')}`, ...project };
  lines.push(columns.map((column) => row[column]).join(','));
});
mkdirSync(new URL('./output/', import.meta.url), { recursive: true });
writeFileSync(new URL('./output/projects.csv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`Wrote output/projects.csv: ${projects.length} synthetic projects`);
