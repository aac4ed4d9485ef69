import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';
import { ReportError } from '../report-error.js';

/** The font faces a report uses: DejaVu Sans (covers Dutch and French accents), shipped in `assets/fonts`. */
export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
}

/** The family name the charts ask for; chart text is written in the embedded faces. */
export const chartFontFamily = 'DejaVu Sans';

const files = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' };

let cached: ReportFonts | undefined;

/**
 * Finds `assets/fonts` at the package root. The code runs from `src/internal/` (tests, source
 * condition) or bundled into `dist/` (published package), so look upwards from this module.
 */
export function fontDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let step = 0; step < 4; step += 1) {
    const candidate = join(directory, 'assets', 'fonts');
    if (existsSync(join(candidate, files.regular))) return candidate;
    directory = dirname(directory);
  }
  throw new ReportError(
    'font-not-found',
    `cannot find assets/fonts/${files.regular} above ${fileURLToPath(import.meta.url)}; is the package installed with its assets?`,
  );
}

/** Reads the shipped fonts once per process. */
export function loadFonts(): ReportFonts {
  if (cached !== undefined) return cached;
  const directory = fontDirectory();
  try {
    cached = {
      regular: readFileSync(join(directory, files.regular)),
      bold: readFileSync(join(directory, files.bold)),
      italic: readFileSync(join(directory, files.italic)),
    };
  } catch (error) {
    throw new ReportError('font-not-found', `cannot read the report fonts in ${directory}`, { cause: error });
  }
  return cached;
}

/** The report's faces parsed by fontkit, and where their em box sits. */
export interface ParsedReportFonts {
  regular: Font;
  bold: Font;
  italic: Font;
  /**
   * Share of the em box above the baseline (OS/2 typographic ascender over ascender minus
   * descender): the box Skia and browsers place `top`, `middle` and `bottom` canvas text by.
   */
  emAscent: number;
}

let parsed: ParsedReportFonts | undefined;

function parse(bytes: Buffer, name: string): Font {
  const font = create(bytes);
  if (!('layout' in font)) {
    throw new ReportError('font-not-found', `${name} is a font collection, not a single font`);
  }
  return font;
}

/**
 * Parses the shipped fonts once per thread. pdfkit embeds a parsed fontkit font as it is, so every
 * document shares the parsed tables (cmap, metrics, OpenType layout) instead of decoding the same
 * bytes again; each document still writes its own subset of the glyphs it used.
 */
export function parseFonts(): ParsedReportFonts {
  if (parsed !== undefined) return parsed;
  const fonts = loadFonts();
  const regular = parse(fonts.regular, files.regular);
  const os2 = regular['OS/2'];
  parsed = {
    regular,
    bold: parse(fonts.bold, files.bold),
    italic: parse(fonts.italic, files.italic),
    emAscent: os2.typoAscender / (os2.typoAscender - os2.typoDescender),
  };
  return parsed;
}
