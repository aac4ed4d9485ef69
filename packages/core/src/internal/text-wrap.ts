/** Measures the width of `text` drawn at `fontSize`, in the same unit as the layout. */
export type MeasureText = (text: string, fontSize: number) => number;

/**
 * A font-free estimate of a sans-serif text's width: narrow letters count less than wide ones.
 * Good enough to wrap labels so they fit in Helvetica, Arial or DejaVu Sans at the same size.
 */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let units = 0;
  for (const char of text) {
    if ("iljtfr.,;:!|'’ ()[]".includes(char)) units += 0.32;
    else if ('mwMW@'.includes(char)) units += 0.86;
    else if (char >= 'A' && char <= 'Z') units += 0.68;
    else units += 0.56;
  }
  return units * fontSize;
};

/**
 * Greedy word wrap of `text` into lines no wider than `width`; a word longer than a line is cut
 * with a hyphen. With `maxLines`, the last kept line ends with an ellipsis when text was left out.
 */
export function wrapText(
  text: string,
  options: { width: number; fontSize: number; measure?: MeasureText; maxLines?: number },
): string[] {
  const measure = options.measure ?? estimateTextWidth;
  const fits = (line: string) => measure(line, options.fontSize) <= options.width;
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/)) {
    if (word === '') continue;
    const joined = line === '' ? word : `${line} ${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    while (!fits(word) && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(`${word.slice(0, cut)}-`)) cut--;
      lines.push(`${word.slice(0, cut)}-`);
      word = word.slice(cut);
    }
    line = word;
  }
  if (line !== '') lines.push(line);
  const max = options.maxLines;
  if (max !== undefined && lines.length > max) {
    const kept = lines.slice(0, max);
    let last = kept[max - 1] ?? '';
    while (last.length > 0 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
    kept[max - 1] = `${last}…`;
    return kept;
  }
  return lines;
}
