import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, writePagePngs } from '../test/pdf-reader.js';
import type { PaperQuestionnaireInput } from './paper-input.js';
import { renderInvitationLetters } from './render-invitation-letters.js';
import { renderPaperQuestionnaire } from './render-paper-questionnaire.js';
import { ReportError } from './report-error.js';

const scale = [1, 2, 3, 4, 5].map((value) => ({ value: String(value), text: String(value) }));

/** One question of every kind, with French accents and a long title that must wrap. */
const questionnaire: PaperQuestionnaireInput = {
  lang: 'fr',
  title: 'Quartier solidaire : qu’est-ce qui a changé ?',
  projectName: 'Quartier solidaire Les Tilleuls',
  waveLabel: 'Mesure initiale 2026',
  onlineUrl: 'https://enquete.example.org/c?lang=fr',
  pages: [
    {
      title: 'Comment vous allez',
      questions: [
        { name: 'intro', kind: 'note', title: 'Au cours des deux dernières semaines…' },
        {
          name: 'who5_1',
          kind: 'single',
          title: 'Je me suis senti(e) bien et de bonne humeur',
          required: true,
          choices: [
            { value: '5', text: 'Tout le temps' },
            { value: '0', text: 'Jamais' },
          ],
        },
        {
          name: 'feel_safe',
          kind: 'scale',
          title: 'Je me sens en sécurité dans mon quartier',
          choices: scale,
          minLabel: 'Pas du tout d’accord',
          maxLabel: 'Tout à fait d’accord',
        },
        {
          name: 'unmet_needs',
          kind: 'multiple',
          title: 'Pour quoi manquez-vous d’aide en ce moment ?',
          choices: [
            { value: 'household', text: 'Tâches ménagères' },
            { value: 'transport', text: 'Transport' },
          ],
        },
      ],
    },
    {
      title: 'Votre quartier',
      questions: [
        {
          name: 'barriers',
          kind: 'matrix',
          title: 'Dans quelle mesure ces éléments ont-ils aidé ou freiné le projet ?',
          choices: [
            { value: 'hindered', text: 'A freiné' },
            { value: 'neutral', text: 'Neutre' },
            { value: 'helped', text: 'A aidé' },
          ],
          rows: [
            { value: 'analysis', text: 'Une analyse participative du quartier' },
            { value: 'space', text: 'Un lieu de rencontre physique' },
          ],
        },
        { name: 'hours', kind: 'number', title: 'Combien d’heures par semaine ?', conditional: true },
        { name: 'name', kind: 'text', title: 'Votre rue' },
        {
          name: 'remarks',
          kind: 'comment',
          title: `Autre chose à nous dire ? ${'Une très longue question qui doit passer à la ligne. '.repeat(3)}`,
        },
      ],
    },
  ],
  createdAt: new Date('2026-01-15T10:00:00Z'),
};

const fontsOf = (file: string) =>
  execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);

describe('paper questionnaires and invitation letters', () => {
  it('prints every question, option, scale label and the code box, with the fonts embedded', async () => {
    const pdf = await renderPaperQuestionnaire(questionnaire);
    const hasPngs = writePagePngs(pdf, 'paper-questionnaire-fr');
    const parsed = await readPdf(pdf);
    const text = parsed.pages.map((page) => page.text.replace(/\s+/g, ' ')).join(' ');
    const joined = text.replace(/ ’/g, '’');
    for (const page of questionnaire.pages) {
      for (const question of page.questions) {
        expect(joined, question.name).toContain(question.title.trim().replace(/\s+/g, ' ').slice(0, 60));
        for (const choice of [...(question.choices ?? []), ...(question.rows ?? [])]) {
          expect(joined).toContain(choice.text);
        }
      }
    }
    expect(joined).toContain('Pas du tout d’accord');
    expect(joined).toContain('Votre code');
    expect(joined).toContain('(obligatoire)');
    expect(joined).toContain('Seulement si cela vous concerne.');
    expect(joined).toMatch(/Page 1 sur \d/);
    expect(parsed.title).toBe(
      'Quartier solidaire : qu’est-ce qui a changé ? · Quartier solidaire Les Tilleuls',
    );
    if (hasPngs) {
      const fonts = fontsOf(join(import.meta.dirname, '..', 'test-output', 'paper-questionnaire-fr.pdf'));
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/DejaVuSans.* yes +yes +yes/);
    }
  });

  it('prints one letter per page in each person’s language, with the code and the link', async () => {
    const pdf = await renderInvitationLetters({
      projectName: 'Zorgzame buurt De Linde',
      waveLabel: 'Voormeting 2026',
      closesAt: '2026-03-31T12:00:00Z',
      letters: [
        { lang: 'nl', code: 'K7PMQ-2XD9F', url: 'https://enquete.example.org/s/K7PMQ2XD9F' },
        {
          lang: 'fr',
          name: 'Madame Dupont',
          code: 'AB3CD-EF4GH',
          url: 'https://enquete.example.org/s/AB3CDEF4GH',
        },
      ],
    });
    writePagePngs(pdf, 'invitation-letters');
    const parsed = await readPdf(pdf);
    expect(parsed.numPages).toBe(2);
    const [dutch, french] = parsed.pages.map((page) => page.text.replace(/\s+/g, ' '));
    expect(dutch).toContain('Beste buurtbewoner');
    expect(dutch).toContain('K7PMQ-2XD9F');
    expect(dutch).toContain('https://enquete.example.org/s/K7PMQ2XD9F');
    expect(dutch).toContain('31 maart 2026');
    expect(french).toContain('Bonjour Madame Dupont');
    expect(french).toContain('AB3CD-EF4GH');
    expect(french).toContain('31 mars 2026');
  });

  it('refuses input that does not parse, naming the field', async () => {
    await expect(
      renderInvitationLetters({
        projectName: 'X',
        waveLabel: 'Y',
        letters: [{ lang: 'nl', code: 'K', url: 'nope' }],
      }),
    ).rejects.toThrow(ReportError);
    await expect(renderPaperQuestionnaire({ ...questionnaire, pages: [] })).rejects.toThrow(/pages/);
  });
});
