import { ink, seriesColours } from './palette.js';

/** The cover's title band with the series-colour stripe under it, shared by the project and programme reports. */
export function drawCoverBand(doc: PDFKit.PDFDocument, bandHeight: number): void {
  const pageWidth = doc.page.width;
  doc.save().rect(0, 0, pageWidth, bandHeight).fillColor(ink.accentDark).fill().restore();
  const stripe = pageWidth / seriesColours.length;
  seriesColours.forEach((colour, index) => {
    doc
      .save()
      .rect(index * stripe, bandHeight, stripe + 0.5, 6)
      .fillColor(colour)
      .fill()
      .restore();
  });
}
