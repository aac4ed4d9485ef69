/** A new invitation link as the server answers it (the token is shown this once). */
export interface CreatedLink {
  respondentId: string;
  url: string;
  expiresAt?: string;
}

function cell(value: string): string {
  // Quote every cell; a leading = + - @ gets a ' so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The new links as CSV (one row per link) for mail merges and printing: header names in the file's language. */
export function linksCsv(
  links: readonly CreatedLink[],
  header: { respondent: string; link: string; expires: string },
): string {
  const rows = [
    [header.respondent, header.link, header.expires],
    ...links.map((link) => [link.respondentId, link.url, link.expiresAt ?? '']),
  ];
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
