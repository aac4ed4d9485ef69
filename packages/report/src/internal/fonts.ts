import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReportError } from '../report-error.js';

/** The font faces a report uses: DejaVu Sans (covers Dutch and French accents), shipped in `assets/fonts`. */
export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
}

/** The family name the charts ask for; chart text is written in the embedded faces. */
export const chartFontFamily = 'DejaVu Sans';

/**
 * Share of DejaVu Sans's em box above the baseline: OS/2 sTypoAscender 1556 over 1556 + 492
 * (|sTypoDescender|), the box Skia and browsers place `top`/`middle`/`bottom` canvas text by.
 */
export const emAscent = 1556 / (1556 + 492);

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
