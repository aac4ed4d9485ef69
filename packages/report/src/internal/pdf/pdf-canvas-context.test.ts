import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../test/pdf-reader.js';
import { parseFonts } from '../fonts.js';
import { PathRecorder } from './path-recorder.js';
import { PdfCanvasContext } from './pdf-canvas-context.js';
import { fontNames, ReportDocument } from './report-document.js';

const box = { x: 100, y: 200, width: 200, height: 100 };

/** Draws on a context placed at `box` on an A4 page of an uncompressed report document. */
async function drawPdf(draw: (context: PdfCanvasContext, rd: ReportDocument) => void) {
  const rd = new ReportDocument(
    parseFonts(),
    { title: 't', subject: 's', lang: 'en', createdAt: new Date(0), runningTitle: 'r' },
    { compress: false },
  );
  rd.addPage();
  const context = new PdfCanvasContext({
    doc: rd.doc,
    ...box,
    fonts: { ...fontNames, emAscent: parseFonts().emAscent },
  });
  context.begin();
  draw(context, rd);
  context.end();
  const pdf = await rd.toBuffer();
  const raw = pdf.toString('latin1');
  const content = raw.slice(raw.indexOf('stream\n') + 7, raw.indexOf('endstream'));
  return { pdf, raw, content, lines: content.split('\n') };
}

describe('PdfCanvasContext', () => {
  it('fills paths in page space with the colour and its alpha as an opacity state', async () => {
    const { raw, lines } = await drawPdf((context) => {
      context.fillStyle = 'rgba(0, 114, 178, 0.5)';
      context.beginPath();
      context.rect(10, 20, 30, 5);
      context.fill();
    });
    expect(lines).toEqual(
      expect.arrayContaining(['110 220 m', '140 220 l', '140 225 l', '110 225 l', 'h', 'f']),
    );
    expect(lines.some((line) => /^0 0\.447\d* 0\.698\d* scn$/.test(line))).toBe(true);
    expect(raw).toContain('/ca 0.5');
  });

  it('strokes with the width, caps, joins and dashes in force, and skips invisible paint', async () => {
    const { lines } = await drawPdf((context) => {
      context.strokeStyle = '#009E73';
      context.lineWidth = 2;
      context.lineCap = 'round';
      context.setLineDash([4, 3]);
      context.beginPath();
      context.moveTo(0, 0);
      context.lineTo(50, 0);
      context.stroke();
      context.strokeStyle = 'rgba(0, 0, 0, 0)';
      context.strokeRect(0, 0, 5, 5);
    });
    expect(lines).toEqual(expect.arrayContaining(['2 w', '1 J', '[4 3] 0 d', '100 200 m', '150 200 l', 'S']));
    expect(lines.filter((line) => line === 'S')).toHaveLength(1);
  });

  it('applies translate, rotate and scale to points, and restores them with restore()', async () => {
    const { lines } = await drawPdf((context) => {
      context.strokeStyle = '#000';
      context.save();
      context.translate(10, 10);
      context.rotate(Math.PI / 2);
      context.scale(2, 2);
      context.beginPath();
      context.moveTo(0, 0);
      context.lineTo(5, 0);
      context.stroke();
      context.restore();
      context.beginPath();
      context.moveTo(0, 0);
      context.lineTo(5, 0);
      context.stroke();
    });
    expect(lines).toEqual(expect.arrayContaining(['110 210 m', '110 220 l', '100 200 m', '105 200 l']));
    // The rotated and doubled stroke is twice as wide.
    expect(lines).toContain('2 w');
  });

  it('writes text as real PDF text, aligned and on the baseline the canvas would use', async () => {
    let width = 0;
    let expected = 0;
    const { pdf } = await drawPdf((context, rd) => {
      context.fillStyle = '#1F2933';
      context.font = 'bold 8px "DejaVu Sans"';
      context.textAlign = 'center';
      context.textBaseline = 'top';
      width = context.measureText('Café 15,7 %').width;
      expected = rd.widthOf('Café 15,7 %', { size: 8, bold: true });
      context.fillText('Café 15,7 %', 50, 20);
    });
    expect(width).toBeCloseTo(expected, 6);
    const page = (await readPdf(pdf)).pages[0]!;
    const item = page.items.find((entry) => entry.str === 'Café 15,7 %')!;
    expect(item).toBeDefined();
    expect(item.x).toBeCloseTo(box.x + 50 - width / 2, 1);
    // pdfjs reports the baseline from the bottom of the page; `top` puts it an em ascent below y.
    expect(page.height - item.y).toBeCloseTo(box.y + 20 + parseFonts().emAscent * 8, 1);
    expect(item.width).toBeCloseTo(width, 1);
  });

  it('strokes text (a halo) in text render mode 1, and condenses text to a maximum width', async () => {
    const { content } = await drawPdf((context) => {
      context.strokeStyle = '#FFFFFF';
      context.lineWidth = 2.5;
      context.font = '8px "DejaVu Sans"';
      context.strokeText('16.1', 10, 10);
      context.fillText('a long label', 10, 30, 20);
    });
    expect(content).toMatch(/1 Tr/);
    expect(content).toMatch(/\d+(\.\d+)? Tz/);
  });

  it('clips with W n inside q/Q, keeps q/Q balanced, and clearRect paints nothing', async () => {
    const { lines } = await drawPdf((context) => {
      context.save();
      context.beginPath();
      context.rect(0, 0, 10, 10);
      context.clip();
      context.clearRect(0, 0, 200, 100);
      context.save(); // never restored: end() balances it
    });
    expect(lines).toContain('W n');
    expect(lines.filter((line) => line === 'q')).toHaveLength(lines.filter((line) => line === 'Q').length);
    expect(lines).not.toContain('f');
  });

  it('draws a Path2D (any PathRecorder) recorded in user space with the transform in force', async () => {
    const { lines } = await drawPdf((context) => {
      const path = new PathRecorder();
      path.moveTo(0, 0);
      path.lineTo(1, 0);
      context.strokeStyle = '#000';
      context.translate(5, 5);
      context.stroke(path);
    });
    expect(lines).toEqual(expect.arrayContaining(['105 205 m', '106 205 l', 'S']));
  });

  it('refuses gradients and images instead of drawing something else', async () => {
    await drawPdf((context) => {
      expect(() => context.createLinearGradient()).toThrow(TypeError);
      expect(() => context.drawImage()).toThrow(TypeError);
      expect(() => {
        (context as unknown as { fillStyle: unknown }).fillStyle = {};
      }).toThrow(TypeError);
    });
  });
});
