/**
 * Reports: one PDF impact report (3 waves × 500 respondents, 20 indicators of the outcomes template,
 * computed by the engine from generated answers), warm; then a batch of BENCH_PROJECTS (default 132)
 * projects on all cores through renderImpactReports' worker pool, beside the sequential estimate (warm
 * single-report time × projects) in the same run. Every PDF must be a complete PDF with pages, and every
 * batch report must succeed, or the benchmark fails.
 */
import { availableParallelism } from 'node:os';
import {
  caringNeighbourhoodsFramework,
  compareWaves,
  computeIndicators,
  type IndicatorDefinitionInput,
  type Language,
  type ResponseRecord,
} from '@neighbourly/core';
import { createRandom, generateAnswers, planQuestions } from '@neighbourly/demo';
import { type ImpactReportInput, renderImpactReport, renderImpactReports } from '@neighbourly/report';
import { instrumentScorers, surveyTemplate, templateIndicatorSet } from '@neighbourly/surveys';
import { failWrongAnswers, printRow, type ResultRow, writeResults } from './results.js';

const projects = Number(process.env.BENCH_PROJECTS ?? 132);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const definition = JSON.parse(JSON.stringify(surveyTemplate('outcomes', 'resident'))) as object;
const plans = planQuestions(definition);
const asked = new Set(plans.map((plan) => plan.name));
const indicators = (templateIndicatorSet('outcomes').indicators as IndicatorDefinitionInput[])
  .filter(
    (indicator) => 'items' in indicator && (indicator.items as string[]).every((name) => asked.has(name)),
  )
  .slice(0, 20);
const waves = [
  { id: 'baseline', label: { nl: 'Nulmeting', fr: 'Mesure initiale', en: 'Baseline' }, date: '2024-03-01' },
  {
    id: 'mid-term',
    label: { nl: 'Tussenmeting', fr: 'Mesure intermédiaire', en: 'Mid-term' },
    date: '2025-03-01',
  },
  { id: 'end', label: { nl: 'Eindmeting', fr: 'Mesure finale', en: 'End' }, date: '2026-03-01' },
];

async function buildInput(seed: number, lang: Language): Promise<ImpactReportInput> {
  const rng = createRandom(seed);
  const records: ResponseRecord[] = [];
  for (const [w, wave] of waves.entries()) {
    for (let person = 0; person < 500; person += 1) {
      const answers = generateAnswers(plans, {
        rng,
        latent: () => rng.normal() + 0.25 * w,
        fixed: {},
        skipRate: 0.05,
        textRate: 0,
        texts: [],
      });
      records.push({
        respondentId: `p${person}`,
        waveId: wave.id,
        group: { respondentGroup: 'resident' },
        answers,
      });
    }
  }
  const results = await computeIndicators({
    definitions: indicators,
    records,
    waves: waves.map((wave) => wave.id),
    scorers: instrumentScorers,
  });
  const comparison = compareWaves(results, { from: 'baseline', to: 'end', definitions: indicators });
  return {
    project: { id: `project-${seed}`, name: `Zorgzame buurt ${seed}`, waves, languages: ['nl', 'fr', 'en'] },
    framework: caringNeighbourhoodsFramework,
    indicators,
    results,
    comparison,
    lang,
  } as ImpactReportInput;
}

const problems: string[] = [];
const checkPdf = (label: string, pdf: Uint8Array) => {
  const text = Buffer.from(pdf).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  if (!text.startsWith('%PDF-') || !text.trimEnd().endsWith('%%EOF') || pages < 3) {
    problems.push(`${label}: not a complete PDF with pages (${pdf.length} bytes, ${pages} pages)`);
  }
  return pages;
};

const input = await buildInput(1, 'nl');
if (indicators.length < 20)
  problems.push(`only ${indicators.length} template indicators apply to the resident survey`);
const cold = performance.now();
const first = await renderImpactReport(input);
const coldMs = performance.now() - cold;
const pages = checkPdf('single report', first);
const times: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  checkPdf(`run ${run}`, await renderImpactReport(input));
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const warmMs = times[Math.floor(times.length / 2)] as number;

const inputs: ImpactReportInput[] = [];
for (let index = 0; index < projects; index += 1) {
  inputs.push(await buildInput(index + 2, (['nl', 'fr', 'en'] as const)[index % 3] as Language));
}
const workers = availableParallelism();
const started = performance.now();
let failed = 0;
await renderImpactReports(inputs, {
  workers,
  keepPdfs: false,
  onProgress: ({ result }) => {
    if (result.ok) checkPdf(`batch report ${result.index}`, result.pdf);
    else failed += 1;
  },
});
const batchSeconds = (performance.now() - started) / 1000;
if (failed > 0) problems.push(`${failed} batch reports failed`);
const sequentialSeconds = (warmMs * projects) / 1000;

const rows: ResultRow[] = [
  {
    benchmark: 'reports',
    case: `one report, 3 waves × 500 respondents, ${indicators.length} indicators, warm median of ${runs}`,
    metric: 'ms',
    value: warmMs,
    baseline: { label: 'the first (cold) report', value: coldMs },
    ratio: coldMs / warmMs,
    goal: 'under 1 s',
    met: warmMs < 1000,
    note: `${pages} pages, ${first.length} bytes`,
  },
  {
    benchmark: 'reports',
    case: `batch of ${projects} projects on ${workers} worker threads`,
    metric: 's',
    value: batchSeconds,
    baseline: { label: 'sequential estimate (warm report × projects)', value: sequentialSeconds },
    ratio: sequentialSeconds / batchSeconds,
    ...(projects >= 132 ? { goal: 'under 60 s', met: batchSeconds < 60 } : {}),
  },
];
for (const row of rows) printRow(row);
const checks = [
  `every PDF complete (%PDF- … %%EOF, ≥ 3 pages; the single report has ${pages}); ${projects - failed}/${projects} batch reports rendered`,
];
if (problems.length > 0) checks.push(`FAILED: ${problems.slice(0, 3).join('; ')}`);
writeResults('reports', rows, checks);
if (problems.length > 0) failWrongAnswers('reports', problems);
