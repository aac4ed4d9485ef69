import { renderProgrammeReport } from '@neighbourly/report';
import { z } from 'zod';
import { ProgrammeQuery, ProgrammeReportQuery } from '../http-schemas.js';
import { computeProgramme } from '../programme-analysis.js';
import { defineRoute } from '../route.js';

const programmeSchema = z.looseObject({
  method: z.string(),
  ci: z.string(),
  projects: z.array(z.looseObject({ id: z.string() })),
  indicators: z.array(z.looseObject({ id: z.string() })),
  waves: z.array(z.string()),
  changes: z.array(z.object({ from: z.string(), to: z.string() })),
  pooled: z.array(z.looseObject({ indicatorId: z.string(), k: z.int(), status: z.string() })),
  breakdowns: z.array(z.looseObject({ indicatorId: z.string(), variable: z.string() })),
  coverage: z.array(z.looseObject({ projectId: z.string(), indicatorId: z.string() })),
  issues: z.array(z.looseObject({ code: z.string(), message: z.string() })),
});

/** What the projects named in `projects` can make a programme route answer. */
const programmeProblems = {
  404: { description: 'A project in `projects` does not exist, or is outside the key’s scope' },
  409: { description: 'A project in `projects` has no indicator set yet' },
};

/** Programme level: several projects' indicators pooled (random effects), as JSON or the PDF report. */
export const programmeRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/programmes/results',
    tag: 'Programmes',
    summary:
      'Pool several projects (waves matched by measurement round label): per indicator, wave and change a random-effects meta-analysis, overall, by type and by context variable; small projects never shown',
    access: ['admin', 'researcher'],
    query: ProgrammeQuery,
    responses: {
      200: { description: 'The pooled programme', schema: programmeSchema },
      ...programmeProblems,
    },
    async handler({ res, query, principal, services }) {
      const { programme } = await computeProgramme(services, principal, query);
      res.json(programme);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/programmes/report.pdf',
    tag: 'Programmes',
    summary:
      'The programme report (forest plots, heterogeneity, types, coverage) in Dutch, French or English',
    access: ['admin', 'researcher'],
    query: ProgrammeReportQuery,
    responses: { 200: { description: 'The report', mediaType: 'application/pdf' }, ...programmeProblems },
    async handler({ res, query, principal, services }) {
      const { programme } = await computeProgramme(services, principal, query);
      const lang = query.lang ?? 'en';
      const pdf = await renderProgrammeReport({ programme, options: { lang } });
      await services.store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'programme.report',
        target: programme.projects.map((p) => p.id).join(','),
        details: { lang, projects: programme.projects.length },
      });
      res
        .status(200)
        .type('application/pdf')
        .setHeader('Content-Disposition', `attachment; filename="programme-report-${lang}.pdf"`)
        .send(pdf);
    },
  }),
];
