/** Reads a rendered PDF back with a real parser (pdfjs-dist, legacy build for Node). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface ParsedPdf {
  numPages: number;
  pages: { text: string; items: PdfTextItem[]; width: number; height: number; links: string[] }[];
  outline: string[];
  title: string | undefined;
}

/** Normalises the no-break spaces the formatters use, so tests can search with plain spaces. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

export async function readPdf(buffer: Buffer): Promise<ParsedPdf> {
  const pdf = await getDocument({
    data: new Uint8Array(buffer),
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  const pages: ParsedPdf['pages'] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({
        str: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
      });
    }
    const annotations = (await page.getAnnotations()) as { subtype: string; dest?: unknown }[];
    pages.push({
      text: plain(items.map((item) => item.str).join(' ')),
      items,
      width: viewport.width,
      height: viewport.height,
      links: annotations
        .filter((annotation) => annotation.subtype === 'Link' && typeof annotation.dest === 'string')
        .map((annotation) => annotation.dest as string),
    });
  }
  const outline = ((await pdf.getOutline()) ?? []).flatMap(
    (item: { title: string; items: { title: string }[] }) => [
      item.title,
      ...item.items.map((child) => child.title),
    ],
  );
  const metadata = (await pdf.getMetadata()) as { info: { Title?: string } };
  await pdf.destroy();
  return { numPages: pages.length, pages, outline, title: metadata.info.Title };
}

let pdftoppm: boolean | undefined;

/** Writes page PNGs to test-output/ (for people to look at) when poppler's pdftoppm is installed. */
export function writePagePngs(pdf: Buffer, name: string): boolean {
  if (pdftoppm === undefined) {
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
      pdftoppm = true;
    } catch {
      pdftoppm = false;
    }
  }
  const directory = join(import.meta.dirname, '..', 'test-output');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (!pdftoppm) return false;
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(directory, name)]);
  return true;
}
