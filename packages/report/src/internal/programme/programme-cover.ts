import { drawCoverBand } from '../cover-band.js';
import { ink } from '../palette.js';
import { fontNames } from '../pdf/report-document.js';
import type { ProgrammeContext } from './programme-context.js';

/** The cover: title band and the facts a reader checks first (projects, waves, indicators, method). */
export function renderProgrammeCover(context: ProgrammeContext): void {
  const { rd, t, fmt, programme } = context;
  rd.addPage({ plain: true });
  const { doc } = rd;
  const pageWidth = doc.page.width;
  const bandHeight = 300;
  drawCoverBand(doc, bandHeight);
  const left = 62;
  const width = pageWidth - 2 * left;
  doc.font(fontNames.bold).fontSize(8.5).fillColor('#9CCBEA');
  doc.text(`NEIGHBOURLY  ·  ${t.reportTitle.toUpperCase()}`, left, 92, { width, characterSpacing: 1.2 });
  doc.font(fontNames.bold).fontSize(30).fillColor('#FFFFFF');
  doc.text(context.title, left, 124, { width, lineGap: 2 });
  doc.moveDown(0.6);
  doc.font(fontNames.regular).fontSize(10.5).fillColor('#C9DDEB');
  doc.text(t.tagline, left, doc.y, { width });

  const facts: [string, string][] = [
    [t.facts.projects, fmt.integer(programme.projects.length)],
    [t.facts.waves, programme.waves.map(context.wave).join(', ')],
    [t.facts.indicators, fmt.integer(programme.indicators.length)],
    [t.facts.method, t.methodName(programme.method, programme.ci)],
    [t.facts.generated, fmt.date(context.generatedAt)],
  ];
  let y = bandHeight + 52;
  const labelWidth = 130;
  for (const [label, value] of facts) {
    doc.font(fontNames.bold).fontSize(8).fillColor(ink.muted);
    doc.text(label.toUpperCase(), left, y + 1.5, { width: labelWidth - 10, characterSpacing: 0.6 });
    doc.font(fontNames.regular).fontSize(10.5).fillColor(ink.text);
    doc.text(value, left + labelWidth, y, { width: width - labelWidth, lineGap: 3 });
    y = Math.max(doc.y, y + 14) + 12;
    doc
      .save()
      .moveTo(left, y - 6)
      .lineTo(left + width, y - 6)
      .lineWidth(0.4)
      .strokeColor(ink.rule)
      .stroke()
      .restore();
  }
}
