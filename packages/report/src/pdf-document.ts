import PDFDocument from 'pdfkit';

/** Options for a new report document. */
export interface ReportDocumentOptions {
  title: string;
  lang: 'nl' | 'fr' | 'en';
}

/**
 * Renders a one-page A4 PDF with a title, with the document's title and language in its metadata.
 * The building block the impact report grows from.
 */
export function renderTitlePage(options: ReportDocumentOptions): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, lang: options.lang, info: { Title: options.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(24).text(options.title);
  doc.end();
  return done;
}
