import { drawCoverBand } from '../cover-band.js';
import { ink } from '../palette.js';
import { fontNames } from '../pdf/report-document.js';
import type { RenderContext } from '../render-context.js';

/** The cover: title band, project, and the facts a reader checks first (where, when, which waves). */
export function renderCover({ model, rd }: RenderContext): void {
  const { t, fmt, project } = model;
  rd.addPage({ plain: true });
  const { doc } = rd;
  const pageWidth = doc.page.width;
  const bandHeight = 318;
  drawCoverBand(doc, bandHeight);

  const left = 62;
  const width = pageWidth - 2 * left;
  doc.font(fontNames.bold).fontSize(8.5).fillColor('#9CCBEA');
  doc.text(`NEIGHBOURLY  ·  ${t.reportTitle.toUpperCase()}`, left, 92, { width, characterSpacing: 1.2 });
  doc.font(fontNames.bold).fontSize(30).fillColor('#FFFFFF');
  doc.text(model.title, left, 124, { width, lineGap: 2 });
  doc.moveDown(0.3);
  doc.font(fontNames.regular).fontSize(17).fillColor('#FFFFFF');
  doc.text(project.name, left, doc.y, { width, lineGap: 2 });
  doc.moveDown(0.6);
  doc.font(fontNames.regular).fontSize(10.5).fillColor('#C9DDEB');
  doc.text(t.cover.tagline, left, doc.y, { width });

  const facts: [string, string][] = [];
  if (project.neighbourhood !== undefined) facts.push([t.cover.neighbourhood, project.neighbourhood]);
  if (project.municipality !== undefined) facts.push([t.cover.municipality, project.municipality]);
  if (project.organisation !== undefined) facts.push([t.cover.organisation, project.organisation]);
  if (project.period !== undefined) {
    facts.push([
      t.cover.period,
      `${fmt.date(new Date(project.period.start))} – ${fmt.date(new Date(project.period.end))}`,
    ]);
  }
  facts.push([
    t.cover.waves,
    model.waves
      .map((wave) =>
        wave.date === undefined ? wave.label : `${wave.label} (${fmt.date(new Date(wave.date))})`,
      )
      .join('\n'),
  ]);
  if (project.languages !== undefined && project.languages.length > 0) {
    facts.push([t.cover.languages, project.languages.map((lang) => t.languageNames[lang]).join(', ')]);
  }
  facts.push([t.cover.generated, fmt.date(model.generatedAt)]);

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
