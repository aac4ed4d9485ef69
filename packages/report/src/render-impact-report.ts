import type { Readable } from 'node:stream';
import { TheoryOfChangeSchema } from '@neighbourly/core';
import { parseFonts } from './internal/fonts.js';
import { ReportDocument } from './internal/pdf/report-document.js';
import type { RenderContext } from './internal/render-context.js';
import { buildReportModel } from './internal/report-model.js';
import { planReport } from './internal/report-plan.js';
import { reserveContents, writeContents } from './internal/sections/contents.js';
import { renderCover } from './internal/sections/cover.js';
import { renderMethod } from './internal/sections/method.js';
import { renderOutcomeSections, renderProcessSection } from './internal/sections/objectives.js';
import { renderSummary } from './internal/sections/summary.js';
import { renderTheoryOfChange } from './internal/sections/theory-of-change.js';
import { ReportError } from './report-error.js';
import type { ImpactReportInput } from './report-input.js';

/** Draws the whole report into a pdfkit document (not yet ended). */
function drawReport(input: ImpactReportInput): ReportDocument {
  const model = buildReportModel(input);
  let theoryOfChange: RenderContext['theoryOfChange'];
  if (input.theoryOfChange !== undefined) {
    const parsed = TheoryOfChangeSchema.safeParse(input.theoryOfChange);
    if (!parsed.success) {
      throw new ReportError('invalid-input', `invalid theory of change: ${parsed.error.message}`, {
        cause: parsed.error,
      });
    }
    theoryOfChange = parsed.data;
  }
  const rd = new ReportDocument(parseFonts(), {
    title: `${model.title} – ${model.project.name}`,
    subject: model.t.cover.tagline,
    author: model.options.author ?? model.project.organisation,
    lang: { nl: 'nl-BE', fr: 'fr-BE', en: 'en' }[model.lang],
    createdAt: model.generatedAt,
    runningTitle: `${model.project.name} · ${model.title}`,
  });
  const context: RenderContext = { model, rd, theoryOfChange };
  const plan = planReport(model, theoryOfChange !== undefined);
  let contentsPage: number | undefined;
  try {
    for (const section of plan.sections) {
      if (section === 'cover') renderCover(context);
      else if (section === 'contents') contentsPage = reserveContents(context, plan.entries);
      else if (section === 'summary') renderSummary(context);
      else if (section === 'theory-of-change' && theoryOfChange !== undefined) {
        renderTheoryOfChange(context, theoryOfChange);
      } else if (section === 'outcomes') renderOutcomeSections(context, plan.outcomes);
      else if (section === 'process') renderProcessSection(context, plan.process);
      else if (section === 'method') renderMethod(context);
    }
    if (contentsPage !== undefined) writeContents(context, plan.entries, contentsPage);
    rd.writePageFrames(model.t.footer);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError('render-failed', `could not render the report of ${model.project.id}`, {
      cause: error,
    });
  }
  return rd;
}

/**
 * Renders a project's impact report as an A4 PDF in Dutch, French or English: cover, contents
 * with links, summary with status badges, theory of change, one section per outcome objective and
 * one for the process objectives (trend, distribution and equity-breakdown charts as vector
 * graphics, and a plain-language sentence per indicator), and a method and data-quality appendix.
 *
 * Suppressed results never appear as numbers anywhere; when one group of a breakdown is
 * suppressed, the smallest other group is hidden too (complementary suppression).
 * Pure apart from reading the fonts shipped in the package.
 *
 * @throws {ReportError} `invalid-input` for input that does not match the schemas; `render-failed`
 *   or `chart-failed` when drawing fails; `font-not-found` when the package's assets are missing.
 * @example
 * const pdf = await renderImpactReport({
 *   project, framework: caringNeighbourhoodsFramework, theoryOfChange, indicators,
 *   results, comparison, lang: 'nl', options: { sections: ['cover', 'summary', 'outcomes'] },
 * });
 * await writeFile('impact.pdf', pdf);
 */
export async function renderImpactReport(input: ImpactReportInput): Promise<Buffer> {
  return drawReport(input).toBuffer();
}

/**
 * Like {@link renderImpactReport}, but returns the PDF as a readable stream (e.g. to pipe into an
 * HTTP response). The report is laid out before the first byte is sent, so errors in the input
 * are thrown here rather than emitted on the stream.
 *
 * @example
 * streamImpactReport(input).pipe(response);
 */
export function streamImpactReport(input: ImpactReportInput): Readable {
  const { doc } = drawReport(input);
  doc.end();
  return doc as unknown as Readable;
}
