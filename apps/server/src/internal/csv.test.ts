import { describe, expect, it } from 'vitest';
import { csvField, csvLine, neutraliseCell } from './csv.js';

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const dangerous of ['=1+2', '+33', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(neutraliseCell(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutraliseCell('plain text')).toBe('plain text');
    expect(neutraliseCell("it's = fine")).toBe("it's = fine");
  });

  it('quotes fields with commas, quotes and line breaks, after neutralising', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps numbers (also negative ones) and writes empty cells for missing values', () => {
    expect(csvLine([-2, 3.5, true, null, undefined, Number.NaN, 'x'])).toBe('-2,3.5,true,,,,x\r\n');
  });
});
