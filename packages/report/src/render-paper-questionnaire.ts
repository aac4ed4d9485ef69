import { ink } from './internal/palette.js';
import {
  collectPdf,
  createPaperDocument,
  drawQrCode,
  drawTickBox,
  paperFonts,
} from './internal/paper/paper-document.js';
import { paperMessages } from './internal/paper/paper-messages.js';
import { type PaperQuestion, type PaperQuestionnaireInput, PaperQuestionnaireSchema } from './paper-input.js';
import { ReportError } from './report-error.js';

type Doc = PDFKit.PDFDocument;

const box = 13;
const gap = 6;

/** Where and how wide the text column is, and whether to draw or only measure. */
interface Frame {
  doc: Doc;
  x: number;
  width: number;
  draw: boolean;
}

function text(
  frame: Frame,
  value: string,
  y: number,
  options: {
    size: number;
    font?: string;
    colour?: string;
    x?: number;
    width?: number;
    align?: 'left' | 'right' | 'center';
  },
): number {
  const { doc } = frame;
  doc.font(options.font ?? paperFonts.regular).fontSize(options.size);
  const width = options.width ?? frame.width;
  const x = options.x ?? frame.x;
  const height = doc.heightOfString(value, { width, lineGap: 1.5 });
  if (frame.draw) {
    doc
      .fillColor(options.colour ?? ink.text)
      .text(value, x, y, { width, lineGap: 1.5, align: options.align ?? 'left' });
  }
  return y + height;
}

function hint(frame: Frame, value: string, y: number): number {
  return text(frame, value, y + 1, { size: 9.5, font: paperFonts.italic, colour: ink.muted }) + 4;
}

function choiceList(frame: Frame, question: PaperQuestion, y: number): number {
  let top = y;
  for (const choice of question.choices) {
    const labelX = frame.x + box + 8;
    const bottom = text(frame, choice.text, top, { size: 11, x: labelX, width: frame.width - box - 8 });
    if (frame.draw) drawTickBox(frame.doc, frame.x, top + 0.5, box);
    top = Math.max(bottom, top + box) + gap;
  }
  return top;
}

function scaleRow(frame: Frame, question: PaperQuestion, y: number): number {
  const count = question.choices.length;
  const step = Math.min(count <= 7 ? 64 : 42, frame.width / count);
  let bottom = y;
  question.choices.forEach((choice, index) => {
    const centre = frame.x + step * index + step / 2;
    const numberBottom = text(frame, choice.text, y, {
      size: 10,
      x: centre - step / 2,
      width: step,
      align: 'center',
    });
    if (frame.draw) drawTickBox(frame.doc, centre - box / 2, numberBottom + 2, box);
    bottom = numberBottom + 2 + box;
  });
  const rowWidth = step * count;
  const labelWidth = Math.max(rowWidth / 2 - 8, 90);
  let labels = bottom + 4;
  if (question.minLabel !== undefined) {
    labels = Math.max(
      labels,
      text(frame, question.minLabel, bottom + 4, { size: 9.5, colour: ink.muted, width: labelWidth }),
    );
  }
  if (question.maxLabel !== undefined) {
    labels = Math.max(
      labels,
      text(frame, question.maxLabel, bottom + 4, {
        size: 9.5,
        colour: ink.muted,
        x: frame.x + rowWidth - labelWidth,
        width: labelWidth,
        align: 'right',
      }),
    );
  }
  return labels + gap;
}

function matrix(frame: Frame, question: PaperQuestion, y: number): number {
  const { doc } = frame;
  const statementWidth = frame.width * 0.42;
  const columnWidth = (frame.width - statementWidth) / Math.max(question.choices.length, 1);
  let headBottom = y;
  question.choices.forEach((choice, index) => {
    headBottom = Math.max(
      headBottom,
      text(frame, choice.text, y, {
        size: 8.5,
        x: frame.x + statementWidth + columnWidth * index + 2,
        width: columnWidth - 4,
        align: 'center',
      }),
    );
  });
  let top = headBottom + 4;
  question.rows.forEach((row, rowIndex) => {
    const rowFrame = { ...frame, draw: false };
    const height = Math.max(text(rowFrame, row.text, 0, { size: 10, width: statementWidth - 6 }), box) + 8;
    if (frame.draw) {
      if (rowIndex % 2 === 0)
        doc
          .save()
          .rect(frame.x, top - 3, frame.width, height)
          .fill(ink.band)
          .restore();
      text(frame, row.text, top, { size: 10, width: statementWidth - 6 });
      question.choices.forEach((_, index) => {
        const centre = frame.x + statementWidth + columnWidth * index + columnWidth / 2;
        drawTickBox(doc, centre - box / 2, top + (height - 8 - box) / 2, box);
      });
    }
    top += height;
  });
  return top + gap;
}

function writingLines(frame: Frame, count: number, y: number): number {
  let top = y + 4;
  for (let line = 0; line < count; line += 1) {
    top += 22;
    if (frame.draw)
      frame.doc
        .save()
        .lineWidth(0.7)
        .strokeColor(ink.muted)
        .moveTo(frame.x, top)
        .lineTo(frame.x + frame.width, top)
        .stroke()
        .restore();
  }
  return top + gap + 4;
}

/** Lays one question out from `y`; draws it when `frame.draw`, and returns where the next one starts. */
function layoutQuestion(
  frame: Frame,
  question: PaperQuestion,
  number: number | undefined,
  y: number,
  lang: PaperQuestionnaireInput['lang'],
): number {
  const messages = paperMessages[lang];
  if (question.kind === 'note')
    return text(frame, question.title, y, { size: 10.5, font: paperFonts.italic }) + 10;
  const label = number === undefined ? question.title : `${number}. ${question.title}`;
  const marker = question.required ? ` ${messages.requiredMark}` : '';
  let top = text(frame, label + marker, y, { size: 11.5, font: paperFonts.bold });
  if (question.description !== undefined)
    top = text(frame, question.description, top + 1, { size: 10, colour: ink.muted });
  const hints: string[] = [];
  if (question.conditional) hints.push(messages.conditional);
  if (question.kind === 'single') hints.push(messages.tickOne);
  if (question.kind === 'multiple') hints.push(messages.tickAny);
  if (question.kind === 'scale') hints.push(messages.tickOne);
  if (question.kind === 'matrix') hints.push(messages.tickPerRow);
  if (question.kind === 'number') hints.push(messages.writeNumber);
  top = hints.length > 0 ? hint(frame, hints.join(' '), top) : top + 4;
  switch (question.kind) {
    case 'single':
    case 'multiple':
      top = choiceList(frame, question, top);
      break;
    case 'scale':
      top = scaleRow(frame, question, top);
      break;
    case 'matrix':
      top = matrix(frame, question, top);
      break;
    case 'text':
      top = writingLines(frame, 1, top);
      break;
    case 'comment':
      top = writingLines(frame, 4, top);
      break;
    case 'number':
      if (frame.draw)
        frame.doc.save().lineWidth(1).strokeColor(ink.text).rect(frame.x, top, 90, 24).stroke().restore();
      top += 24 + gap;
      break;
  }
  return top + 10;
}

function header(doc: Doc, input: ReturnType<typeof PaperQuestionnaireSchema.parse>): number {
  const messages = paperMessages[input.lang];
  const frame: Frame = {
    doc,
    x: doc.page.margins.left,
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
    draw: true,
  };
  const codeWidth = 170;
  const left: Frame = { ...frame, width: frame.width - codeWidth - 16 };
  let y = doc.page.margins.top;
  y = text(left, input.projectName, y, { size: 10, colour: ink.muted });
  y = text(left, input.title, y + 2, { size: 18, font: paperFonts.bold });
  y = text(left, input.waveLabel, y + 2, { size: 11, colour: ink.muted });
  if (input.description !== undefined) y = text(left, input.description, y + 8, { size: 10.5 });
  y = text(left, messages.howTo, y + 8, { size: 10.5 });

  // The code box, top right: the printed code, or an empty box to copy it in from the letter.
  const codeX = frame.x + frame.width - codeWidth;
  let codeY = doc.page.margins.top;
  const codeFrame: Frame = { ...frame, x: codeX, width: codeWidth };
  codeY = text(codeFrame, messages.codeLabel, codeY, { size: 10, font: paperFonts.bold });
  doc
    .save()
    .lineWidth(1.2)
    .strokeColor(ink.text)
    .rect(codeX, codeY + 3, codeWidth, 30)
    .stroke()
    .restore();
  if (input.respondentCode !== undefined) {
    text(codeFrame, input.respondentCode, codeY + 10, { size: 14, font: paperFonts.bold, align: 'center' });
  }
  codeY = text(codeFrame, messages.codeHint, codeY + 38, { size: 8.5, colour: ink.muted });
  if (input.onlineUrl !== undefined) {
    codeY = text(codeFrame, messages.onlineInstead, codeY + 8, { size: 8.5 });
    drawQrCode(doc, input.onlineUrl, codeX, codeY + 2, 84);
    codeY = text({ ...codeFrame, x: codeX + 88, width: codeWidth - 88 }, input.onlineUrl, codeY + 14, {
      size: 8,
    });
    codeY = Math.max(codeY, codeY + 84 - 14);
  }
  const bottom = Math.max(y, codeY) + 14;
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor(ink.muted)
    .moveTo(frame.x, bottom)
    .lineTo(frame.x + frame.width, bottom)
    .stroke()
    .restore();
  return bottom + 14;
}

function footers(doc: Doc, input: ReturnType<typeof PaperQuestionnaireSchema.parse>): void {
  const messages = paperMessages[input.lang];
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const y = doc.page.height - doc.page.margins.bottom + 20;
    const x = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    // Writing below the bottom margin would add a page: lift the margin while the footer is written.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(paperFonts.regular).fontSize(8.5).fillColor(ink.muted);
    doc.text(`${input.projectName} · ${input.waveLabel}`, x, y, { width: width / 2, lineBreak: false });
    const code = input.respondentCode ?? '__________';
    doc.text(
      `${messages.codeLabel}: ${code}   ·   ${messages.page(index + 1, range.count)}`,
      x + width / 2,
      y,
      {
        width: width / 2,
        align: 'right',
        lineBreak: false,
      },
    );
    doc.page.margins.bottom = margin;
  }
}

/**
 * Renders a printable questionnaire (A4 PDF, the report's embedded DejaVu Sans): a header with the code box
 * and an optional QR code to answer online, then every page and question with boxes to tick — one box per
 * option, numbered boxes with end labels for scales, one row of boxes per statement for matrices, writing
 * lines for text — and "Page X of Y" with the code box repeated in every footer so loose pages can be matched.
 * A question is never split over two pages.
 *
 * @example
 * const pdf = await renderPaperQuestionnaire({ lang: 'nl', title: 'Leven in de buurt', projectName: 'De Linde',
 *   waveLabel: 'Voormeting 2026', pages: [{ questions: [{ name: 'feel_safe', kind: 'scale', title: 'Ik voel me veilig',
 *   choices: [1, 2, 3, 4, 5].map((v) => ({ value: String(v), text: String(v) })) }] }] });
 */
export async function renderPaperQuestionnaire(input: PaperQuestionnaireInput): Promise<Buffer> {
  const parsed = PaperQuestionnaireSchema.safeParse(input);
  if (!parsed.success) {
    throw new ReportError(
      'invalid-input',
      `The questionnaire is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const questionnaire = parsed.data;
  const messages = paperMessages[questionnaire.lang];
  const doc = createPaperDocument({
    title: `${questionnaire.title} · ${questionnaire.projectName}`,
    lang: questionnaire.lang,
    createdAt: questionnaire.createdAt ?? new Date(),
  });
  doc.addPage();
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  let y = header(doc, questionnaire);
  let number = 0;
  const fits = (draw: (frame: Frame, top: number) => number) => {
    const end = draw({ doc, x, width, draw: false }, y);
    if (end > bottom() && y > doc.page.margins.top + 1) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    y = draw({ doc, x, width, draw: true }, y);
  };
  for (const page of questionnaire.pages) {
    if (page.title !== undefined) {
      const title = page.title;
      const description = page.description;
      // Keep a section title with at least the first lines of what follows.
      fits((frame, top) => {
        let end = text(frame, title, top + 6, { size: 14, font: paperFonts.bold, colour: ink.accentDark });
        if (description !== undefined) end = text(frame, description, end + 2, { size: 10.5 });
        if (!frame.draw) return end + 90;
        return end + 10;
      });
    }
    for (const question of page.questions) {
      if (question.kind !== 'note') number += 1;
      const questionNumber = question.kind === 'note' ? undefined : number;
      fits((frame, top) => layoutQuestion(frame, question, questionNumber, top, questionnaire.lang));
    }
  }
  fits((frame, top) => text(frame, messages.thanks, top + 6, { size: 11.5, font: paperFonts.bold }));
  footers(doc, questionnaire);
  return collectPdf(doc);
}
