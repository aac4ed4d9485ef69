import { expect, it } from 'vitest';
import { renderTitlePage } from './pdf-document.js';

it('renders a PDF with its title in the metadata', async () => {
  const pdf = await renderTitlePage({ title: 'Impact report', lang: 'en' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain('Impact report');
});
