import {
  caringNeighbourhoodsFramework,
  type Language,
  layoutTheoryOfChange,
  publishComparison,
  publishResults,
  renderTheoryOfChangeSvg,
  summarizeProgress,
  type WaveComparison,
} from '@neighbourly/core';
import { renderImpactReport } from '@neighbourly/report';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { ComparisonQuery, IndicatorsQuery, LangQuery, ProjectParams } from '../http-schemas.js';
import { loadProject } from '../load-records.js';
import { compareProjectWaves, computeProjectIndicators } from '../project-analysis.js';
import { frameworkById, projectTheoryOfChange } from '../project-parts.js';
import { IndicatorResultsView, ProgressSummaryView, WaveComparisonView } from '../result-schemas.js';
import { defineRoute } from '../route.js';
import { countWave } from '../wave-counts.js';

const splitGroupBy = (groupBy: string | undefined) => (groupBy === undefined ? [] : groupBy.split(','));

/** The first and last wave with any response: what progress is judged on. */
function progressWaves(respondents: Record<string, number>, waves: readonly string[]) {
  const answered = waves.filter((wave) => (respondents[wave] ?? 0) > 0);
  const from = answered[0];
  const to = answered[answered.length - 1];
  return from !== undefined && to !== undefined && from !== to ? { from, to } : undefined;
}

const groupByRefused =
  'a `groupBy` name that is not a respondent attribute or a background question (`reason: group-by-not-allowed`; `errors` lists what is allowed)';

/** Indicators, wave comparisons, the theory of change with progress, and the PDF report. */
export const analysisRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/indicators',
    tag: 'Indicators',
    summary:
      'Indicator results per measurement round (waves sharing a label) and per group with groupBy (respondent attributes and background questions only: other names are refused with 422); suppressed cells carry no number, only `suppressed: true` and `suppression` (`small-cell` or `complementary`)',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    query: IndicatorsQuery,
    responses: {
      200: { description: 'The results of the indicator engine', schema: IndicatorResultsView },
      404: { description: 'No project with this id, or no wave with `waveId` in it' },
      409: { description: 'The project has no indicator set yet' },
      422: { description: groupByRefused },
    },
    async handler({ res, params, query, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const { results } = await computeProjectIndicators(services.store, project, {
        ...(query.waveId === undefined ? {} : { waveIds: [query.waveId] }),
        groupBy: splitGroupBy(query.groupBy),
      });
      res.json(publishResults(results));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/comparison',
    tag: 'Indicators',
    summary: 'Compare two waves: change, its CI, the test used, adjusted p and a status per indicator',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    query: ComparisonQuery,
    responses: {
      200: {
        description: 'The comparison',
        schema: WaveComparisonView,
      },
      404: { description: 'No project with this id, or `from` or `to` is not one of its waves' },
      409: { description: 'The project has no indicator set yet' },
      422: { description: `The same wave twice, or ${groupByRefused}` },
    },
    async handler({ res, params, query, principal, services }) {
      if (query.from === query.to) {
        throw new HttpProblem(422, 'validation', 'Compare two different waves.', {
          errors: [{ path: 'query.to', message: 'must differ from query.from' }],
        });
      }
      const project = await loadProject(services, principal, params.projectId);
      const { comparison, results } = await compareProjectWaves(
        services.store,
        project,
        query.from,
        query.to,
        splitGroupBy(query.groupBy),
      );
      res.json(publishComparison(comparison, results));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/theory-of-change',
    tag: 'Indicators',
    summary: 'The theory of change drawn as SVG, with the progress of each outcome (first → last wave)',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    query: LangQuery,
    responses: {
      200: {
        description: 'The SVG and a progress summary per outcome and impact node',
        schema: z.object({ svg: z.string().describe('An SVG document'), progress: ProgressSummaryView }),
      },
      404: { description: 'No project with this id, or it has no theory of change yet' },
    },
    async handler({ res, params, query, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const toc = projectTheoryOfChange(project);
      if (toc === undefined)
        throw new HttpProblem(404, 'not-found', 'This project has no theory of change yet.');
      const lang: Language = query.lang ?? project.languages[0] ?? 'en';
      const svg = renderTheoryOfChangeSvg(toc, layoutTheoryOfChange(toc, { lang }), { lang });
      let progress: ReturnType<typeof summarizeProgress> = summarizeProgress(toc, {});
      if (project.indicatorSet !== undefined) {
        const { results } = await computeProjectIndicators(services.store, project);
        const pair = progressWaves(results.respondents, results.waves);
        const comparison =
          pair === undefined
            ? undefined
            : (await compareProjectWaves(services.store, project, pair.from, pair.to)).comparison;
        progress = summarizeProgress(toc, { results, ...(comparison === undefined ? {} : { comparison }) });
      }
      res.json({ svg, progress });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/report.pdf',
    tag: 'Reports',
    summary: 'The PDF impact report in Dutch, French or English (baseline → latest wave)',
    access: ['admin', 'coordinator'],
    params: ProjectParams,
    query: LangQuery,
    responses: {
      200: {
        description: 'The report',
        mediaType: 'application/pdf',
        headers: { 'Content-Disposition': { description: 'An attachment with a file name', required: true } },
      },
      409: { description: 'The project has no waves, or no indicator set, yet' },
    },
    async handler({ res, params, query, principal, services }) {
      const { store } = services;
      const project = await loadProject(services, principal, params.projectId);
      const lang: Language = query.lang ?? project.languages[0] ?? 'en';
      const { results, rounds, indicatorSet } = await computeProjectIndicators(store, project);
      if (rounds.length === 0) throw new HttpProblem(409, 'conflict', 'This project has no waves yet.');
      const pair = progressWaves(results.respondents, results.waves);
      let comparison: WaveComparison | undefined;
      if (pair !== undefined) {
        comparison = (await compareProjectWaves(store, project, pair.from, pair.to)).comparison;
      }
      // One report wave per measurement round: its questionnaires' invitations add up.
      const reportWaves = [];
      for (const round of rounds) {
        let invited = 0;
        for (const wave of round.waves) invited += (await countWave(store, wave)).invited;
        const opensAt = round.waves
          .map((wave) => wave.opensAt)
          .filter((date) => date !== undefined)
          .sort()[0];
        reportWaves.push({
          id: round.id,
          label: round.label,
          ...(opensAt === undefined ? {} : { date: opensAt.slice(0, 10) }),
          ...(invited > 0 ? { invited } : {}),
        });
      }
      const toc = projectTheoryOfChange(project);
      const neighbourhood = project.context?.neighbourhood;
      const pdf = await renderImpactReport({
        project: {
          id: project.slug,
          name: project.name,
          waves: reportWaves,
          languages: project.languages,
          ...(typeof neighbourhood === 'string' && neighbourhood !== '' ? { neighbourhood } : {}),
        },
        framework: frameworkById(project.frameworkId) ?? caringNeighbourhoodsFramework,
        indicators: indicatorSet.indicators,
        ...(toc === undefined ? {} : { theoryOfChange: toc }),
        results,
        comparison,
        lang,
      });
      await store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'project.report',
        projectId: project.id,
        target: project.id,
        details: { lang },
      });
      res
        .status(200)
        .type('application/pdf')
        .setHeader('Content-Disposition', `attachment; filename="${project.slug}-impact-report-${lang}.pdf"`)
        .send(pdf);
    },
  }),
];
