/**
 * Programme: the synthetic programme of @neighbourly/demo (BENCH_PROGRAMME_PROJECTS, default 132 projects,
 * about 120,000 responses, 3 waves, 25 indicators). Baseline: computing the projects' indicator results alone
 * (the engine, one project after another). Then, in the same run: pooling them (aggregateProgramme: every
 * indicator × wave and change, overall, by 4 types and by a context variable) and rendering the programme
 * report PDF. The pooled values must agree with a direct meta-analysis of the projects' rows and come near the
 * generator's true mean change, and the PDF must be complete, or the benchmark fails.
 */
import { aggregateProgramme, computeIndicatorsSync, type ProgrammeProject } from '@neighbourly/core';
import { createDemoProgramme, programmeColumns } from '@neighbourly/demo';
import { renderProgrammeReport } from '@neighbourly/report';
import { randomEffectsMeta } from '@neighbourly/stats';
import { failWrongAnswers, printRow, type ResultRow, writeResults } from './results.js';

const count = Number(process.env.BENCH_PROGRAMME_PROJECTS ?? 132);
const programme = createDemoProgramme({ projects: count });
const columns = programme.projects.map((project) => programmeColumns(programme, project));
const typologyVars = ['density', 'population', 'older_share', 'deprivation', 'partners', 'focus_areas'];

const resultsStarted = performance.now();
const projects: ProgrammeProject[] = programme.projects.map((project, i) => ({
  id: project.id,
  name: project.name,
  context: { ...project.context },
  results: computeIndicatorsSync({
    definitions: programme.indicators,
    records: [columns[i] as (typeof columns)[number]],
  }),
}));
const resultsSeconds = (performance.now() - resultsStarted) / 1000;

const poolStarted = performance.now();
const pooled = aggregateProgramme(
  { projects, definitions: programme.indicators },
  { name: programme.name, typology: { vars: typologyVars, k: 4 }, by: ['deprivation'] },
);
const poolSeconds = (performance.now() - poolStarted) / 1000;

const pdfStarted = performance.now();
const pdf = await renderProgrammeReport({ programme: pooled, options: { lang: 'nl' } });
const pdfSeconds = (performance.now() - pdfStarted) / 1000;

// Answers: the pooled value is the meta-analysis of the listed rows; it comes near the true mean change.
const problems: string[] = [];
const change = pooled.pooled.find(
  (c) =>
    c.indicatorId === 'trust-neighbours' &&
    c.measure.kind === 'change' &&
    c.measure.from === 'baseline' &&
    c.measure.to === 'end',
);
const visible = change?.projects.filter((p) => !p.hidden) ?? [];
if (!change?.meta || change.hidden > 0) {
  // The check below re-pools visible rows only; a cell with hidden projects would differ by design.
  if (!change?.meta) problems.push('trust-neighbours baseline → end was not pooled');
}
if (change?.meta && change.hidden === 0) {
  const direct = randomEffectsMeta(
    visible.map((p) => p.estimate as number),
    visible.map((p) => (p.se as number) ** 2),
    { method: 'REML', ci: 'hartung-knapp' },
  );
  if (Math.abs(direct.estimate - change.meta.estimate) > 1e-9)
    problems.push('pooled estimate differs from a direct meta-analysis');
}
const measured = programme.projects.filter((p) => p.waves.includes('end') && p.respondentsPerWave >= 5);
const truth =
  measured.reduce((sum, p) => sum + (p.truth['trust-neighbours']?.change ?? 0), 0) / measured.length;
if (change?.meta && Math.abs(change.meta.estimate - truth) > 0.1) {
  problems.push(
    `pooled change ${change.meta.estimate.toFixed(3)} is far from the true mean ${truth.toFixed(3)}`,
  );
}
const text = Buffer.from(pdf).toString('latin1');
const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
if (!text.startsWith('%PDF-') || !text.trimEnd().endsWith('%%EOF') || pages < programme.indicators.length) {
  problems.push(`the report is not a complete PDF with a page per indicator (${pages} pages)`);
}

const full = count >= 132;
const rows: ResultRow[] = [
  {
    benchmark: 'programme',
    case: `pool ${count} projects (${programme.totalResponses.toLocaleString('en')} responses, 3 waves, ${programme.indicators.length} indicators): every indicator × wave and change, overall, 4 types, 1 slope`,
    metric: 's',
    value: poolSeconds,
    baseline: { label: `computing the ${count} project results alone`, value: resultsSeconds },
    ratio: resultsSeconds / poolSeconds,
    ...(full ? { goal: 'under 3 s', met: poolSeconds < 3 } : {}),
    note: `${pooled.pooled.length} pooled cells, ${pooled.breakdowns.length} breakdowns`,
  },
  {
    benchmark: 'programme',
    case: `programme report PDF (nl) of ${count} projects`,
    metric: 's',
    value: pdfSeconds,
    baseline: { label: `computing the ${count} project results alone`, value: resultsSeconds },
    ratio: resultsSeconds / pdfSeconds,
    ...(full ? { goal: 'under 15 s', met: pdfSeconds < 15 } : {}),
    note: `${pages} pages, ${Math.round(pdf.length / 1024)} kB`,
  },
];
for (const row of rows) printRow(row);
const checks = [
  `pooled trust-neighbours baseline → end ${change?.meta?.estimate.toFixed(3)} (true mean change ${truth.toFixed(3)}); equals a direct REML/Hartung–Knapp meta-analysis of its rows; the PDF is complete (${pages} pages)`,
];
if (problems.length > 0) checks.push(`FAILED: ${problems.slice(0, 3).join('; ')}`);
writeResults('programme', rows, checks);
if (problems.length > 0) failWrongAnswers('programme', problems);
