import { describe, expect, it } from 'vitest';
import { renderCsv, renderTable, type Tabular } from './tabular.js';

const table: Tabular = {
  columns: [
    { key: 'name', header: 'name' },
    { key: 'value', header: 'value', digits: 2 },
    { key: 'n', header: 'n' },
  ],
  rows: [
    { name: 'Noord, "oud"', value: 0.123456, n: 12 },
    { name: 'Zuid', value: -0.0001, n: 7 },
    { name: 'Oost', value: undefined, n: 140 },
  ],
};

describe('renderTable', () => {
  it('aligns text left and numbers right, rounds to the column digits and never shows -0.00', () => {
    expect(renderTable(table)).toBe(
      [
        'name          value    n',
        '------------  -----  ---',
        'Noord, "oud"   0.12   12',
        'Zuid           0.00    7',
        'Oost                 140',
        '',
      ].join('\n'),
    );
  });
});

describe('renderCsv', () => {
  it('quotes fields with delimiters and quotes and keeps full precision', () => {
    expect(renderCsv(table)).toBe(
      ['name,value,n', '"Noord, ""oud""",0.123456,12', 'Zuid,-0.0001,7', 'Oost,,140', ''].join('\r\n'),
    );
  });
});

describe('renderCsv and spreadsheet formulas', () => {
  it('neutralises formula starts, also after a ; that a Belgian Excel splits on', () => {
    const csv = renderCsv({
      columns: [{ key: 'group', header: 'group' }],
      rows: [{ group: 'area=;=1+1' }, { group: '=cmd' }],
    });
    expect(csv).toBe(`group\r\n"area=;'=1+1"\r\n'=cmd\r\n`);
  });
});
