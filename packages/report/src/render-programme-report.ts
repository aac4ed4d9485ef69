import { parseFonts } from './internal/fonts.js';
import { ReportDocument } from './internal/pdf/report-document.js';
import { renderCoverageSection, renderProgrammeMethod } from './internal/programme/coverage-section.js';
import { renderIndicatorPages } from './internal/programme/indicator-pages.js';
import { programmeContext } from './internal/programme/programme-context.js';
import { renderProgrammeCover } from './internal/programme/programme-cover.js';
import { programmeMessagesFor } from './internal/programme/programme-messages.js';
import { renderProgrammeSummary } from './internal/programme/programme-summary.js';
import { renderTypologySection } from './internal/programme/typology-section.js';
import { type ProgrammeReportInput, ProgrammeReportOptionsSchema } from './programme-report-input.js';
import { ReportError } from './report-error.js';

/**
 * Renders a programme report (A4 PDF in Dutch, French or English) from `aggregateProgramme`'s results:
 * cover, a summary table, one section per indicator (the pooled change in words, a forest plot of the
 * projects with pooled diamonds per type and overall and the prediction interval, heterogeneity in plain
 * words, levels per wave, results per type of neighbourhood with the between-types test), the typology
 * (profiles, a profile chart, the dendrogram), a coverage table and grid, and the method.
 * Projects below the cell size are never drawn or listed with numbers.
 *
 * @throws {ReportError} `invalid-input` for invalid options; `render-failed` when drawing fails.
 * @example
 * const pdf = await renderProgrammeReport({ programme: aggregateProgramme(input, options), options: { lang: 'nl' } });
 */
export async function renderProgrammeReport(input: ProgrammeReportInput): Promise<Buffer> {
  const parsed = ProgrammeReportOptionsSchema.safeParse(input.options ?? {});
  if (!parsed.success) {
    throw new ReportError('invalid-input', `invalid programme report options: ${parsed.error.message}`, {
      cause: parsed.error,
    });
  }
  const options = parsed.data;
  const generatedAt = options.generatedAt ?? new Date();
  const t = programmeMessagesFor(options.lang);
  const title = options.title ?? input.programme.name ?? t.reportTitle;
  const rd = new ReportDocument(parseFonts(), {
    title,
    subject: t.tagline,
    lang: { nl: 'nl-BE', fr: 'fr-BE', en: 'en' }[options.lang],
    createdAt: generatedAt,
    runningTitle: title === t.reportTitle ? title : `${title} · ${t.reportTitle}`,
  });
  const context = programmeContext({
    rd,
    programme: input.programme,
    lang: options.lang,
    framework: input.framework,
    title,
    generatedAt,
    waveLabels: options.waveLabels,
    variableLabels: options.variableLabels,
    projectNames: options.projectNames,
  });
  try {
    renderProgrammeCover(context);
    renderProgrammeSummary(context);
    renderIndicatorPages(context);
    renderTypologySection(context);
    renderCoverageSection(context);
    renderProgrammeMethod(context);
    rd.writePageFrames(context.t.footer);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError('render-failed', 'could not render the programme report', { cause: error });
  }
  return rd.toBuffer();
}
