import { ink, okabeIto } from '../palette.js';
import { fontNames } from '../pdf/report-document.js';
import { drawTable } from '../pdf/table.js';
import { sectionHeading } from '../sections/section-heading.js';
import type { ProgrammeContext } from './programme-context.js';

type Mark = 'all' | 'some' | 'small' | 'none';
const markColour: Record<Mark, string> = {
  all: okabeIto.blue,
  some: okabeIto.skyBlue,
  small: okabeIto.orange,
  none: '#FFFFFF',
};

/** Cuts `text` with an ellipsis so that it fits `width` in the current font. */
function fitText(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Coverage: per indicator and wave how many projects measured it, then a project × indicator grid. */
export function renderCoverageSection(context: ProgrammeContext): void {
  const { rd, programme, t, fmt } = context;
  sectionHeading(context, { id: 'coverage', title: t.sections.coverage, newPage: true });
  rd.write(t.coverageIntro, { size: 9.5, after: 8 });
  const byIndicator = new Map<string, typeof programme.coverage>();
  for (const row of programme.coverage) {
    const list = byIndicator.get(row.indicatorId) ?? [];
    list.push(row);
    byIndicator.set(row.indicatorId, list);
  }
  drawTable(
    rd,
    [
      { header: t.columns.indicator, weight: 3.2 },
      ...programme.waves.flatMap((wave) => [
        { header: `${context.wave(wave)}: ${t.columns.measured}`, weight: 1.3, align: 'right' as const },
        { header: t.columns.belowCellSize, weight: 1, align: 'right' as const },
      ]),
    ],
    programme.indicators.map((indicator) => {
      const rows = byIndicator.get(indicator.id) ?? [];
      return [
        context.indicator(indicator),
        ...programme.waves.flatMap((wave) => {
          const measured = rows.filter(
            (r) => r.waves[wave] !== 'absent' && r.waves[wave] !== undefined,
          ).length;
          const small = rows.filter((r) => r.waves[wave] === 'suppressed').length;
          return [fmt.integer(measured), small > 0 ? fmt.integer(small) : ''];
        }),
      ];
    }),
    { size: 7 },
  );

  // The grid: one column per project, one row per indicator.
  rd.addPage({ landscape: true });
  rd.write(t.coverageGrid, { size: 10, bold: true, colour: ink.accentDark, after: 6 });
  const { doc } = rd;
  const labelWidth = 150;
  const projects = programme.projects;
  const cell = Math.min(9, (rd.width - labelWidth) / Math.max(1, projects.length));
  const rowHeight = Math.min(12, (rd.remaining() - 60) / Math.max(1, programme.indicators.length));
  const marks = new Map(programme.coverage.map((r) => [`${r.projectId}\u0000${r.indicatorId}`, r]));
  const top = rd.y + 12;
  doc.font(fontNames.regular).fontSize(5).fillColor(ink.muted);
  projects.forEach((_project, p) => {
    if ((p + 1) % 10 === 0 || p === 0) {
      doc.text(String(p + 1), rd.left + labelWidth + p * cell - 6, top - 8, {
        width: cell + 12,
        align: 'center',
        lineBreak: false,
      });
    }
  });
  programme.indicators.forEach((indicator, i) => {
    const y = top + i * rowHeight;
    doc
      .font(fontNames.regular)
      .fontSize(Math.min(7, rowHeight * 0.75))
      .fillColor(ink.text);
    doc.text(fitText(doc, context.indicator(indicator), labelWidth - 6), rd.left, y + 0.5, {
      lineBreak: false,
    });
    projects.forEach((project, p) => {
      const row = marks.get(`${project.id}\u0000${indicator.id}`);
      const states = programme.waves.map((w) => row?.waves[w] ?? 'absent');
      const measured = states.filter((s) => s !== 'absent').length;
      const mark: Mark = states.includes('suppressed')
        ? 'small'
        : measured === 0
          ? 'none'
          : measured === states.length
            ? 'all'
            : 'some';
      const x = rd.left + labelWidth + p * cell;
      doc
        .save()
        .rect(x + 0.3, y + 0.6, cell - 0.6, rowHeight - 1.2)
        .fillColor(markColour[mark])
        .fill();
      if (mark === 'none')
        doc
          .rect(x + 0.3, y + 0.6, cell - 0.6, rowHeight - 1.2)
          .lineWidth(0.2)
          .strokeColor(ink.rule)
          .stroke();
      doc.restore();
    });
  });
  rd.y = top + programme.indicators.length * rowHeight + 10;
  let x = rd.left + labelWidth;
  for (const mark of ['all', 'some', 'small', 'none'] as const) {
    doc
      .save()
      .rect(x, rd.y, 8, 8)
      .fillColor(markColour[mark])
      .fill()
      .rect(x, rd.y, 8, 8)
      .lineWidth(0.3)
      .strokeColor(ink.muted)
      .stroke()
      .restore();
    const label = t.coverageLegend[mark];
    doc
      .font(fontNames.regular)
      .fontSize(7.5)
      .fillColor(ink.text)
      .text(label, x + 11, rd.y, { lineBreak: false });
    x += 11 + doc.widthOfString(label) + 18;
  }
  rd.y += 16;
  doc.x = rd.left;
}

/** The method appendix in plain words. */
export function renderProgrammeMethod(context: ProgrammeContext): void {
  const { rd, t } = context;
  sectionHeading(context, { id: 'method', title: t.sections.method, newPage: true });
  for (const paragraph of t.methodText) rd.write(paragraph, { size: 9.5, after: 8 });
}
