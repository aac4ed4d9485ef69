import { ink } from './internal/palette.js';
import { collectPdf, createPaperDocument, drawQrCode, paperFonts } from './internal/paper/paper-document.js';
import { paperMessages } from './internal/paper/paper-messages.js';
import { type InvitationLettersInput, InvitationLettersSchema } from './paper-input.js';
import { ReportError } from './report-error.js';

const locales = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' } as const;

/**
 * Renders printable invitation letters (A4 PDF, the report's embedded fonts), one per page, each in the
 * addressee's language: a greeting, why and how long, a QR code of the personal link, the link as short
 * text to type, the personal code in large type, the closing date, a paper alternative and a privacy note.
 * Leaves room at the top left for a window envelope's address.
 *
 * @example
 * const pdf = await renderInvitationLetters({ projectName: 'De Linde', waveLabel: 'Voormeting 2026',
 *   letters: [{ lang: 'nl', code: 'K7PMQ-2XD9F', url: 'https://buurt.example/s/K7PMQ2XD9F' }] });
 */
export async function renderInvitationLetters(input: InvitationLettersInput): Promise<Buffer> {
  const parsed = InvitationLettersSchema.safeParse(input);
  if (!parsed.success) {
    throw new ReportError(
      'invalid-input',
      `The letters are not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const { letters, projectName, waveLabel, sender, closesAt } = parsed.data;
  const doc = createPaperDocument({
    title: `${projectName} · ${waveLabel}`,
    lang: letters[0]?.lang ?? 'en',
    createdAt: parsed.data.createdAt ?? new Date(),
  });
  if (letters.length === 0) doc.addPage();
  for (const letter of letters) {
    const messages = paperMessages[letter.lang].letter;
    doc.addPage();
    const x = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const write = (
      value: string,
      options: { size: number; bold?: boolean; colour?: string; after?: number },
    ) => {
      doc
        .font(options.bold === true ? paperFonts.bold : paperFonts.regular)
        .fontSize(options.size)
        .fillColor(options.colour ?? ink.text)
        .text(value, x, doc.y, { width, lineGap: 2 });
      doc.y += options.after ?? 8;
    };
    doc.y = doc.page.margins.top;
    write(projectName, { size: 11, bold: true, colour: ink.accentDark, after: 2 });
    write(waveLabel, { size: 10, colour: ink.muted });
    // Room for the address of a window envelope (DIN 5008 / C5: about 45–90 mm from the top).
    doc.y = 250;
    write(messages.greeting(letter.name), { size: 12, after: 10 });
    write(messages.body(projectName, waveLabel), { size: 12, after: 16 });
    write(messages.steps, { size: 13, bold: true, after: 8 });
    const qrTop = doc.y;
    const qrSize = 130;
    drawQrCode(doc, letter.url, x, qrTop, qrSize);
    const textX = x + qrSize + 16;
    const textWidth = width - qrSize - 16;
    doc.font(paperFonts.regular).fontSize(11.5).fillColor(ink.text);
    doc.text(messages.scan, textX, qrTop + 14, { width: textWidth, lineGap: 2 });
    doc.text(messages.orType, textX, doc.y + 4, { width: textWidth, lineGap: 2 });
    doc
      .font(paperFonts.bold)
      .fontSize(12.5)
      .text(letter.url, textX, doc.y + 4, { width: textWidth });
    doc
      .font(paperFonts.regular)
      .fontSize(11.5)
      .text(messages.code, textX, doc.y + 10, { width: textWidth });
    doc
      .font(paperFonts.bold)
      .fontSize(22)
      .text(letter.code, textX, doc.y + 2, { width: textWidth, characterSpacing: 1.5 });
    doc.y = Math.max(doc.y, qrTop + qrSize) + 16;
    if (closesAt !== undefined) {
      const date = new Intl.DateTimeFormat(locales[letter.lang], { dateStyle: 'long' }).format(
        new Date(closesAt),
      );
      write(messages.closes(date), { size: 12, bold: true });
    }
    write(messages.paper, { size: 11.5 });
    write(messages.privacy, { size: 10.5, colour: ink.muted, after: 16 });
    write(messages.regards, { size: 12, after: 4 });
    write(sender ?? projectName, { size: 12, bold: true });
  }
  return collectPdf(doc);
}
