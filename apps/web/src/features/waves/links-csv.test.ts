import { expect, it } from 'vitest';
import { linksCsv } from './links-csv';

it('writes one quoted row per link after a header, with a BOM for spreadsheets', () => {
  const csv = linksCsv(
    [
      { respondentId: 'r1', url: 'http://x/s/abc', expiresAt: '2027-01-01T00:00:00.000Z' },
      { respondentId: 'r"2', url: '=HYPERLINK("evil")' },
    ],
    { respondent: 'Respondent', link: 'Link', expires: 'Expires' },
  );
  expect(csv).toBe(
    '\uFEFF"Respondent","Link","Expires"\r\n' +
      '"r1","http://x/s/abc","2027-01-01T00:00:00.000Z"\r\n' +
      '"r""2","\'=HYPERLINK(""evil"")",""\r\n',
  );
});
