import { ink } from '../palette.js';
import { fontNames, type ReportDocument } from '../pdf/report-document.js';
import type { RenderContext } from '../render-context.js';
import type { PlanEntry } from '../report-plan.js';

const lineHeight = { 1: 22, 2: 15.5 } as const;
const headingSpace = 70;

/** How many pages the contents need for these entries. */
function pagesNeeded(rd: ReportDocument, entries: readonly PlanEntry[]): number {
  const available = rd.bottom - rd.doc.page.margins.top;
  let pages = 1;
  let used = headingSpace;
  for (const entry of entries) {
    const height = lineHeight[entry.level];
    if (used + height > available) {
      pages += 1;
      used = 0;
    }
    used += height;
  }
  return pages;
}

/** Reserves blank pages for the contents; returns the index of the first one. */
export function reserveContents({ rd, model }: RenderContext, entries: readonly PlanEntry[]): number {
  rd.addPage();
  rd.setSection(model.t.sections.contents);
  const first = rd.pageIndex;
  for (let page = 1; page < pagesNeeded(rd, entries); page += 1) rd.addPage();
  return first;
}

/**
 * Writes the contents into the reserved pages once every anchor's page is known: each line links
 * to its section (an internal link) and shows its page number after a dotted leader.
 */
export function writeContents(
  { rd, model }: RenderContext,
  entries: readonly PlanEntry[],
  firstPage: number,
): void {
  const { doc } = rd;
  doc.switchToPage(firstPage);
  const top = doc.page.margins.top;
  let page = firstPage;
  rd.y = top;
  rd.write(model.t.sections.contents, { size: 22, bold: true, colour: ink.accentDark, after: 6 });
  rd.rule(ink.accent, 18);
  const left = rd.left;
  const width = rd.width;
  for (const entry of entries) {
    const height = lineHeight[entry.level];
    if (rd.y + height > rd.bottom) {
      page += 1;
      doc.switchToPage(page);
      rd.y = top;
    }
    const target = rd.pageOf(entry.id);
    if (target === undefined) continue;
    const number = String(target + 1);
    const size = entry.level === 1 ? 10.5 : 8.8;
    const font = entry.level === 1 ? fontNames.bold : fontNames.regular;
    const indent = entry.level === 1 ? 0 : 16;
    const y = rd.y + (entry.level === 1 ? 6 : 0);
    doc.font(font).fontSize(size);
    const numberWidth = doc.widthOfString(number);
    const titleWidth = Math.min(doc.widthOfString(entry.title), width - indent - numberWidth - 30);
    doc.fillColor(entry.level === 1 ? ink.accentDark : ink.text);
    doc.text(entry.title, left + indent, y, { width: titleWidth, lineBreak: false, ellipsis: true });
    doc.text(number, left + width - numberWidth, y, { lineBreak: false });
    // Dotted leader between the title and the page number.
    const dotsFrom = left + indent + titleWidth + 6;
    const dotsTo = left + width - numberWidth - 6;
    if (dotsTo > dotsFrom) {
      doc
        .save()
        .moveTo(dotsFrom, y + size * 0.85)
        .lineTo(dotsTo, y + size * 0.85)
        .dash(0.6, { space: 2.4 })
        .lineWidth(0.7)
        .strokeColor(ink.faint)
        .stroke()
        .undash()
        .restore();
    }
    doc.goTo(left + indent, y - 2, width - indent, size + 4, entry.id);
    rd.y = rd.y + height;
  }
}
