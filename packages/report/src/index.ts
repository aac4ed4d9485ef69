export { type ReportDocumentOptions, renderTitlePage } from './pdf-document.js';
