import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';
import { createOutcomesProject } from './outcomes-project.js';

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the respondent page is small on the wire and cached for a year', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof createOutcomesProject>>;

  beforeAll(async () => {
    server = await createTestServer();
    ids = await createOutcomesProject(server);
  });
  afterAll(() => server.close());

  it('inlines the survey in the chosen language and links only that locale, under hashed names', async () => {
    const page = await request(server.app).get(`/o/${ids.openWaveId}?lang=fr`).set('Accept-Encoding', 'br');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('<html lang="fr">');
    const data = JSON.parse(
      /<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(page.text)![1]!,
    );
    expect(data).toMatchObject({ kind: 'open', survey: { language: 'fr', waveId: ids.openWaveId } });
    expect(data.survey.definition.pages.length).toBe(6);
    const scripts = [...page.text.matchAll(/src="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.some((src) => /survey-i18n-fr\.min\.[0-9a-f]{12}\.js$/.test(src))).toBe(true);
    expect(scripts.some((src) => src.includes('survey-i18n-nl'))).toBe(false);
    // English needs no locale file; a message page needs no survey scripts at all.
    const english = await request(server.app).get(`/o/${ids.openWaveId}?lang=en`);
    expect(english.text).not.toContain('survey-i18n-');
    const bad = await request(server.app).get('/o/not-a-wave');
    expect(bad.status).toBe(404);
    expect(bad.text).not.toContain('survey.core');
    expect(bad.text).toContain('"reason":"invalid"');
  });

  it('never lets inlined answers close the script element', async () => {
    const [invitation] = await server.invite(ids.waveId, 1);
    await request(server.app)
      .put(`/api/public/${invitation!.token}/progress`)
      .send({ answers: { remarks: '</script><script>alert(1)</script>' } })
      .expect(200);
    const page = await request(server.app).get(`/s/${invitation!.token}`);
    expect(page.text).not.toContain('</script><script>alert(1)');
    const data = JSON.parse(
      /<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(page.text)![1]!,
    );
    expect(data.survey.answers.remarks).toBe('</script><script>alert(1)</script>');
  });

  it('serves hashed assets brotli- or gzip-compressed, immutable for a year, with 304 on revalidation', async () => {
    const page = await request(server.app).get(`/o/${ids.openWaveId}`);
    const core = /src="([^"]*survey\.core\.min\.[0-9a-f]{12}\.js)"/.exec(page.text)![1]!;
    const br = await request(server.app)
      .get(core)
      .set('Accept-Encoding', 'br, gzip')
      .buffer(true)
      .parse(binary);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    // The client here unpacks the body: the bytes on the wire are in Content-Length.
    expect(Number(br.headers['content-length'])).toBeLessThan(300_000);
    expect((br.body as Buffer).length).toBeGreaterThan(1_000_000);
    const gzip = await request(server.app)
      .get(core)
      .set('Accept-Encoding', 'gzip')
      .buffer(true)
      .parse(binary);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBeLessThan(350_000);
    const plain = await request(server.app)
      .get(core)
      .set('Accept-Encoding', 'identity')
      .buffer(true)
      .parse(binary);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body as Buffer).length).toBeGreaterThan(1_000_000);
    const again = await request(server.app)
      .get(core)
      .set('If-None-Match', br.headers.etag as string);
    expect(again.status).toBe(304);
    expect((await request(server.app).get('/static/survey.core.min.000000000000.js')).status).toBe(404);
    // API answers are compressed too.
    const api = await request(server.app)
      .get(`/api/public/waves/${ids.openWaveId}/survey`)
      .set('Accept-Encoding', 'gzip');
    expect(api.headers['content-encoding']).toBe('gzip');
  });
});
