import { surveyTemplate } from '@neighbourly/surveys';
import request from 'supertest';
import { Model } from 'survey-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';
import { createOutcomesProject } from './outcomes-project.js';
import { inspectPdf, pdfPages, squash } from './pdf-text.js';

const who5 = { who5_1: 3, who5_2: 2, who5_3: 4, who5_4: 1, who5_5: 5 };
const answers = { ...who5, life_satisfaction: 8, feel_safe: 4, meet_neighbours: 'weekly' };

/** The question titles survey-core shows in a language: what the printed questionnaire must carry. */
function screenTitles(lang: 'nl' | 'fr') {
  const model = new Model(surveyTemplate('outcomes', 'resident'));
  model.locale = lang;
  return model
    .getAllQuestions()
    .filter((question) => question.getType() !== 'html')
    .map((question) => squash(question.processedTitle));
}

describe('paper: printable questionnaire, invitation letters and staff entry of paper answers', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof createOutcomesProject>>;

  beforeAll(async () => {
    server = await createTestServer();
    ids = await createOutcomesProject(server);
  });
  afterAll(() => server.close());

  it.each(['nl', 'fr'] as const)(
    'prints the questionnaire in %s: every question, fonts embedded, code box and page numbers',
    async (lang) => {
      const response = await request(server.app)
        .get(`/api/projects/${ids.projectId}/waves/${ids.waveId}/questionnaire.pdf?lang=${lang}`)
        .set(server.auth())
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = response.body as Buffer;
      const pages = await pdfPages(pdf);
      const all = pages.join(' ');
      const titles = screenTitles(lang);
      expect(titles.length).toBeGreaterThan(30);
      for (const title of titles) expect(all, title).toContain(title);
      // Scales carry their end labels; answer options their words.
      expect(all).toContain(lang === 'nl' ? 'Helemaal niet akkoord' : 'Pas du tout d’accord');
      expect(all).toContain(lang === 'nl' ? 'Het grootste deel van de tijd' : 'La plupart du temps');
      expect(pages[0]).toContain(lang === 'nl' ? 'Uw code' : 'Votre code');
      expect(pages.at(-1)).toContain(
        lang === 'nl'
          ? `Pagina ${pages.length} van ${pages.length}`
          : `Page ${pages.length} sur ${pages.length}`,
      );
      const fonts = inspectPdf(pdf, `questionnaire-${lang}`);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.embedded, font.name).toBe(true);
        expect(font.name).toMatch(/DejaVuSans/);
      }
    },
  );

  it('prints one letter per pending invitation in the person’s language; the printed code opens the survey', async () => {
    const invitations = await server.invite(ids.waveId, 3);
    const [first, second, third] = invitations;
    await server.store.respondents.setContact(second!.respondentId, {
      name: 'Madame Dupont',
      language: 'fr',
    });
    // A started invitation keeps its link and gets no letter.
    await request(server.app)
      .put(`/api/public/${third!.token}/progress`)
      .send({ answers: { who5_1: 2 } })
      .expect(200);
    const letters = async () => {
      const response = await request(server.app)
        .get(`/api/projects/${ids.projectId}/waves/${ids.waveId}/invitations/letters.pdf?lang=nl`)
        .set(server.auth())
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      return response.body as Buffer;
    };
    const pdf = await letters();
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(2);
    const french = pages.find((page) => page.includes('Bonjour Madame Dupont'));
    const dutch = pages.find((page) => page.includes('Beste buurtbewoner'));
    expect(french).toContain('Votre code personnel');
    expect(dutch).toContain('Uw persoonlijke code');
    for (const font of inspectPdf(pdf, 'letters')) expect(font.embedded, font.name).toBe(true);

    const code = /([2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5})/.exec(dutch ?? '')?.[1];
    expect(code).toBeDefined();
    expect(dutch).toContain(`/s/${code?.replace('-', '')}`);
    // The old link of a printed invitation stops working; the code works, typed any way.
    expect((await request(server.app).get(`/api/public/${first!.token}/survey`)).status).toBe(404);
    const typed = code!.toLowerCase().replace('-', ' ');
    const page = await request(server.app).get(`/s/${encodeURIComponent(typed.replace(' ', '-'))}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('"kind":"invitation"');
    expect((await request(server.app).get(`/api/public/${code}/survey`)).status).toBe(200);
    // The started invitation was left alone.
    expect((await request(server.app).get(`/api/public/${third!.token}/survey`)).status).toBe(200);
    // Printing again issues new codes: the first print's code stops working.
    await letters();
    expect((await request(server.app).get(`/api/public/${code}/survey`)).status).toBe(404);
    const audit = await server.store.audit.list({ projectId: ids.projectId });
    expect(audit.filter((entry) => entry.action === 'invitations.letters')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(code!.replace('-', ''));
  });

  it('answers 409 for letters of an open wave or when no invitation is pending', async () => {
    const open = await request(server.app)
      .get(`/api/projects/${ids.projectId}/waves/${ids.openWaveId}/invitations/letters.pdf`)
      .set(server.auth());
    expect(open.status).toBe(409);
    const fresh = await createOutcomesProject(server, 'no-invitations');
    const none = await request(server.app)
      .get(`/api/projects/${fresh.projectId}/waves/${fresh.waveId}/invitations/letters.pdf`)
      .set(server.auth());
    expect(none.status).toBe(409);
    expect(none.body.detail).toMatch(/create invitations first/);
    const elsewhere = await request(server.app)
      .get(`/api/projects/${fresh.projectId}/waves/${ids.waveId}/questionnaire.pdf`)
      .set(server.auth());
    expect(elsewhere.status).toBe(404);
  });

  it('stores a typed-in paper questionnaire with mode paper, linked by its code, in exports and indicators', async () => {
    const fresh = await createOutcomesProject(server, 'paper-entry');
    const [invitation] = await server.invite(fresh.waveId, 1);
    const url = `/api/waves/${fresh.waveId}/responses`;
    // The same validation as online, except that a question left blank on paper is accepted.
    const invalid = await request(server.app)
      .post(url)
      .set(server.auth())
      .send({ answers: { ...answers, who5_3: 9 }, mode: 'paper', code: invitation!.token });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ path: 'body.answers.who5_3' })]);
    const wrongCode = await request(server.app)
      .post(url)
      .set(server.auth())
      .send({ answers, mode: 'paper', code: 'K7PMQ-2XD9F' });
    expect(wrongCode.status).toBe(422);
    expect(wrongCode.body.errors[0].path).toBe('body.code');
    const badMode = await request(server.app).post(url).set(server.auth()).send({ answers, mode: 'online' });
    expect(badMode.status).toBe(422);

    const saved = await request(server.app)
      .post(url)
      .set(server.auth())
      .set('Idempotency-Key', 'paper-form-0001')
      .send({ answers, mode: 'paper', language: 'nl', code: invitation!.token });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      status: 'complete',
      mode: 'paper',
      respondentId: invitation!.respondentId,
    });
    const replay = await request(server.app)
      .post(url)
      .set(server.auth())
      .set('Idempotency-Key', 'paper-form-0001')
      .send({ answers, mode: 'paper', language: 'nl', code: invitation!.token });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ responseId: saved.body.responseId, replayed: true });
    const again = await request(server.app)
      .post(url)
      .set(server.auth())
      .send({ answers, mode: 'paper', code: invitation!.token });
    expect(again.status).toBe(409);
    const stored = await server.store.responses.get(saved.body.responseId);
    expect(stored).toMatchObject({ mode: 'paper', invitationId: expect.any(String), language: 'nl' });
    expect((await server.store.invitations.get(stored!.invitationId!))?.status).toBe('completed');

    // A paper questionnaire with a WHO-5 item left blank is kept, the blank recorded as unanswered.
    const { who5_3: _blank, ...incomplete } = answers;
    const partial = await request(server.app)
      .post(url)
      .set(server.auth())
      .send({ answers: incomplete, mode: 'paper' })
      .expect(201);
    const partialStored = await server.store.responses.get(partial.body.responseId);
    expect(partialStored?.answers).toEqual(incomplete);

    // An interview, anonymous, and an online answer: three modes to compare.
    await request(server.app).post(url).set(server.auth()).send({ answers, mode: 'interview' }).expect(201);
    await request(server.app)
      .post(`/api/public/waves/${fresh.openWaveId}/responses`)
      .set('Idempotency-Key', 'online-answer-01')
      .send({ answers })
      .expect(201);

    const csv = await request(server.app)
      .get(`/api/projects/${fresh.projectId}/responses.csv`)
      .set(server.auth());
    const lines = csv.text.trimEnd().split('\r\n');
    const modeColumn = lines[0]!.split(',').indexOf('mode');
    expect(modeColumn).toBeGreaterThan(0);
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[modeColumn])
        .sort(),
    ).toEqual(['interview', 'online', 'paper', 'paper']);

    const indicators = await request(server.app)
      .get(`/api/projects/${fresh.projectId}/indicators?groupBy=mode`)
      .set(server.auth());
    expect(indicators.status).toBe(200);
    const groups = new Set(
      (indicators.body.cells as { group: Record<string, string> }[]).map((cell) => cell.group.mode),
    );
    expect(groups).toEqual(new Set([undefined, 'online', 'paper', 'interview']));
  });
});
