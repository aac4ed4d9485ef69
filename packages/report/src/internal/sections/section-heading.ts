import { ink } from '../palette.js';
import type { RenderContext } from '../render-context.js';

/**
 * A level-1 heading: optional eyebrow line, the title, an accent rule; registers the anchor, the
 * running-header section and a PDF outline item. Returns the outline item for sub-entries.
 */
export function sectionHeading(
  { rd }: Pick<RenderContext, 'rd'>,
  heading: {
    id: string;
    title: string;
    eyebrow?: string;
    newPage: boolean | 'landscape';
    /** Without a new page: the room the heading and what must follow it need (default 300 points). */
    space?: number;
  },
): PDFKit.PDFOutline {
  if (heading.newPage === 'landscape') rd.addPage({ landscape: true });
  else if (heading.newPage) rd.addPage();
  else rd.ensureSpace(heading.space ?? 300);
  rd.setSection(heading.title);
  rd.anchor(heading.id);
  const outline = rd.doc.outline.addItem(heading.title);
  if (heading.eyebrow !== undefined) {
    rd.write(heading.eyebrow.toUpperCase(), { size: 8, bold: true, colour: ink.accent, after: 3 });
  }
  rd.write(heading.title, { size: 20, bold: true, colour: ink.accentDark, after: 4, lineGap: 1 });
  rd.rule(ink.accent, 14);
  return outline;
}
