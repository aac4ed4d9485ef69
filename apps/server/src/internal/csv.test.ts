import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, neutraliseCell } from './csv.js';

/** Whether a cell would start a formula in a spreadsheet (leading spaces are skipped by some). */
const startsFormula = (cell: string) => /^(?:\s*[=+\-@]|[\t\r])/.test(cell);

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const dangerous of ['=1+2', '+33', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '  =1+1']) {
      expect(neutraliseCell(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutraliseCell('plain text')).toBe('plain text');
    expect(neutraliseCell("it's = fine")).toBe("it's = fine");
  });

  it('neutralises formula starts after any separator or line break', () => {
    expect(neutraliseCell(';=1+1')).toBe(";'=1+1");
    expect(neutraliseCell('a, =cmd|x')).toBe("a,' =cmd|x");
    expect(neutraliseCell('a\t+1')).toBe("a\t'+1");
    expect(neutraliseCell('ok;\t=cmd')).toBe("ok;'\t'=cmd");
    expect(neutraliseCell('line\n@SUM(A1)')).toBe("line\n'@SUM(A1)");
    expect(neutraliseCell('a - b')).toBe('a - b');
  });

  it('quotes fields with ; , quotes, tabs, pipes and line breaks, after neutralising', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(';=1+1')).toBe(`";'=1+1"`);
  });

  it('keeps numbers (also negative ones) and writes empty cells for missing values', () => {
    expect(csvLine([-2, 3.5, true, null, undefined, Number.NaN, 'x'])).toBe('-2,3.5,true,,,,x\r\n');
  });

  it('leaves no cell starting a formula, read with , or ; or split naively', () => {
    const nasty = [
      ';=1+1',
      '=1+1',
      'x;-2+3',
      'a,@SUM(A1)',
      'ok;\t=cmd',
      'a\r\n=1',
      '"quoted";=1',
      ' +1',
      'a|=b',
      "'=already'",
    ];
    const text = nasty.map((value) => csvLine(['r1', value])).join('');
    let cells = 0;
    for (const delimiter of [',', ';']) {
      const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
      for (const cell of rows.flat()) {
        cells += 1;
        expect(startsFormula(cell), JSON.stringify(cell)).toBe(false);
      }
    }
    // A reader that ignores quotes and splits on any separator.
    for (const cell of text.split(/[,;\t|\r\n]/))
      expect(startsFormula(cell.replace(/^"/, '')), cell).toBe(false);
    expect(cells).toBeGreaterThan(nasty.length * 2);
  });
});
