import type { TheoryOfChange } from '@neighbourly/core';
import type { ReportDocument } from './pdf/report-document.js';
import type { ReportModel } from './report-model.js';

/** What every section renderer gets. */
export interface RenderContext {
  model: ReportModel;
  rd: ReportDocument;
  theoryOfChange: TheoryOfChange | undefined;
}
