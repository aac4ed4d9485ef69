import { Piscina } from 'piscina';
import { renderImpactReport } from '../render-impact-report.js';
import { ReportError } from '../report-error.js';
import type { ImpactReportInput } from '../report-input.js';

/** What a worker sends back for one report. */
export type WorkerOutcome = Uint8Array | { error: { code: string; message: string; cause?: string } };

/** Renders one report in a worker thread; the PDF's bytes are moved to the caller, not copied. */
export default async function renderInWorker(input: ImpactReportInput): Promise<WorkerOutcome> {
  try {
    const pdf = await renderImpactReport(input);
    const bytes = new Uint8Array(pdf.byteLength);
    bytes.set(pdf);
    return Piscina.move(bytes) as Uint8Array;
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    return {
      error: {
        code: error instanceof ReportError ? error.code : 'render-failed',
        message: error instanceof Error ? error.message : String(error),
        ...(cause === undefined ? {} : { cause }),
      },
    };
  }
}
