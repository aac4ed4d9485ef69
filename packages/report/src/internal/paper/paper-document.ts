import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { parseFonts } from '../fonts.js';
import { ink } from '../palette.js';

/** Font names registered in every paper document. */
export const paperFonts = { regular: 'Sans', bold: 'Sans-Bold', italic: 'Sans-Italic' } as const;

/** Margins of printed pages, in points: wide enough for office printers and hole punches. */
export const paperMargins = { top: 56, bottom: 60, left: 56, right: 56 } as const;

/** A new A4 document with the report's embedded fonts (DejaVu Sans), buffered for page footers. */
export function createPaperDocument(meta: {
  title: string;
  lang: string;
  createdAt: Date;
}): PDFKit.PDFDocument {
  const fonts = parseFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: paperMargins,
    bufferPages: true,
    autoFirstPage: false,
    lang: meta.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: meta.title,
      Creator: 'Neighbourly (@neighbourly/report)',
      Producer: 'Neighbourly with PDFKit',
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  // pdfkit ≥ 0.20 takes parsed fontkit fonts (its type declarations only know bytes and paths).
  doc.registerFont(paperFonts.regular, fonts.regular as unknown as Buffer);
  doc.registerFont(paperFonts.bold, fonts.bold as unknown as Buffer);
  doc.registerFont(paperFonts.italic, fonts.italic as unknown as Buffer);
  doc.on('pageAdded', () => {
    doc.font(paperFonts.regular).fontSize(11).fillColor(ink.text);
  });
  return doc;
}

/** A box to tick, `size` points wide, its top-left corner at (x, y). */
export function drawTickBox(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  size: number,
  ticked = false,
): void {
  doc.save().lineWidth(1).strokeColor(ink.text).rect(x, y, size, size).stroke();
  if (ticked) {
    doc
      .moveTo(x + 2, y + 2)
      .lineTo(x + size - 2, y + size - 2)
      .moveTo(x + size - 2, y + 2)
      .lineTo(x + 2, y + size - 2)
      .stroke();
  }
  doc.restore();
}

/** Draws `text` as a QR code (error correction M) as vector squares, `size` points wide, at (x, y). */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  // Four modules of quiet zone around the symbol, as the standard asks.
  const cell = size / (count + 8);
  doc.save().fillColor('#000000');
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (qr.modules.get(row, column)) doc.rect(x + (column + 4) * cell, y + (row + 4) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

/** Collects a finished pdfkit document into one buffer. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
