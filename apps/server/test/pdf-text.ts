/** Reads a PDF back with real parsers: pdfjs-dist for the text, poppler's pdffonts for the fonts. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page, whitespace collapsed (lines joined with a space). */
export async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocument({
    data: new Uint8Array(buffer),
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    // Items split where the font kerns (`L` `’aide`); a line ends with `hasEOL`.
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
      .join('');
    pages.push(text.replace(/[\u00a0\u202f\s]+/g, ' '));
  }
  await pdf.destroy();
  return pages;
}

/** Collapses whitespace as {@link pdfPages} does, so expected texts can be searched for. */
export const squash = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

const outputDir = join(import.meta.dirname, '..', 'test-output');

/** Writes the PDF and its pages as PNGs (pdftoppm) to test-output/, and returns pdffonts' font table rows. */
export function inspectPdf(pdf: Buffer, name: string): { name: string; embedded: boolean }[] {
  mkdirSync(outputDir, { recursive: true });
  const file = join(outputDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(outputDir, name)]);
  const table = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object, ID: "emb" is the fourth from the end.
  return table.map((line) => {
    const cells = line.trim().split(/\s+/);
    return { name: cells[0] ?? '', embedded: cells[cells.length - 5] === 'yes' };
  });
}
