import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';

/** Two waves of six panel members each: `knows_neighbour` rises from about 2 to about 4. */
describe('indicators, comparisons, theory of change, report, exports and erasure', () => {
  let server: TestServer;
  let projectId: string;
  let baseline: string;
  let end: string;
  const respondents: string[] = [];

  beforeAll(async () => {
    server = await createTestServer();
    projectId = (await server.createProject()).id;
    const surveyId = (await server.createSurvey(projectId)).id;
    baseline = (await server.createWave(projectId, surveyId)).id;
    end = (await server.createWave(projectId, surveyId)).id;
    const first = await server.invite(baseline, 6);
    const before = [1, 2, 2, 3, 2, 1];
    const after = [4, 4, 5, 4, 3, 5];
    for (const [index, invitation] of first.entries()) {
      respondents.push(invitation.respondentId);
      await request(server.app)
        .post(`/api/public/${invitation.token}/responses`)
        .send({
          answers: {
            knows_neighbour: before[index],
            age_band: index < 3 ? '18-64' : '65+',
            ...(index === 0 ? { remarks: '=HYPERLINK("http://evil.example","click")' } : {}),
          },
        })
        .expect(201);
    }
    const second = await request(server.app)
      .post(`/api/waves/${end}/invitations`)
      .set(server.auth())
      .send({ respondentIds: respondents });
    for (const [index, invitation] of second.body.entries()) {
      await request(server.app)
        .post(`/api/public/${invitation.token}/responses`)
        .send({ answers: { knows_neighbour: after[index], age_band: index < 3 ? '18-64' : '65+' } })
        .expect(201);
    }
  });
  afterAll(() => server.close());

  it('computes indicators per wave with CIs, and breakdowns with small cells suppressed', async () => {
    const response = await request(server.app)
      .get(`/api/projects/${projectId}/indicators`)
      .set(server.auth());
    expect(response.status).toBe(200);
    expect(response.body.waves).toEqual([baseline, end]);
    const whole = response.body.cells.filter(
      (cell: { group: object }) => Object.keys(cell.group).length === 0,
    );
    expect(whole).toHaveLength(2);
    expect(whole[0]).toMatchObject({
      indicatorId: 'knows-neighbour',
      waveId: baseline,
      n: 6,
      suppressed: false,
    });
    expect(whole[0].value).toBeCloseTo(11 / 6, 10);
    expect(whole[1].value).toBeCloseTo(25 / 6, 10);
    expect(whole[0].ci[0]).toBeLessThan(whole[0].value);
    expect(whole[0].ci[1]).toBeGreaterThan(whole[0].value);

    const grouped = await request(server.app)
      .get(`/api/projects/${projectId}/indicators?waveId=${end}&groupBy=age_band`)
      .set(server.auth());
    expect(grouped.status).toBe(200);
    const byAge = grouped.body.cells.filter(
      (cell: { group: Record<string, string> }) => 'age_band' in cell.group,
    );
    expect(byAge.map((cell: { group: { age_band: string } }) => cell.group.age_band).sort()).toEqual([
      '18-64',
      '65+',
    ]);
    for (const cell of byAge) expect(cell.n).toBe(3);

    {
      // minCellSize 2 publishes n=3; a set with minCellSize 5 must hide the same cells' values.
      const project = await request(server.app).get(`/api/projects/${projectId}`).set(server.auth());
      const set = structuredClone(project.body.indicatorSet);
      set.indicators[0].minCellSize = 5;
      await request(server.app)
        .patch(`/api/projects/${projectId}`)
        .set(server.auth())
        .send({ indicatorSet: set })
        .expect(200);
      const hidden = await request(server.app)
        .get(`/api/projects/${projectId}/indicators?waveId=${end}&groupBy=age_band`)
        .set(server.auth());
      const suppressed = hidden.body.cells.filter(
        (cell: { group: Record<string, string> }) => 'age_band' in cell.group,
      );
      for (const cell of suppressed) {
        expect(cell.suppressed).toBe(true);
        expect(cell.value).toBeUndefined();
        expect(cell.ci).toBeUndefined();
      }
      set.indicators[0].minCellSize = 2;
      await request(server.app)
        .patch(`/api/projects/${projectId}`)
        .set(server.auth())
        .send({ indicatorSet: set })
        .expect(200);
    }
  });

  it('compares two waves with a paired test on the linked panel', async () => {
    const response = await request(server.app)
      .get(`/api/projects/${projectId}/comparison?from=${baseline}&to=${end}`)
      .set(server.auth());
    expect(response.status).toBe(200);
    const [comparison] = response.body.comparisons;
    expect(comparison).toMatchObject({ indicatorId: 'knows-neighbour', linked: 6, status: 'improving' });
    expect(comparison.change).toBeCloseTo(14 / 6, 10);
    // Both estimands: the whole-wave change with its own interval, and the paired change of the 6 linked.
    expect(comparison.changeCi[0]).toBeLessThan(comparison.change);
    expect(comparison.changeCi[1]).toBeGreaterThan(comparison.change);
    expect(comparison.pairedN).toBe(6);
    expect(comparison.pairedChange).toBeCloseTo(14 / 6, 10);
    expect(comparison.pairedCi).toHaveLength(2);
    expect(comparison.test).toMatch(/paired|wilcoxon/);
    const same = await request(server.app)
      .get(`/api/projects/${projectId}/comparison?from=${baseline}&to=${baseline}`)
      .set(server.auth());
    expect(same.status).toBe(422);
  });

  it('draws the theory of change and reports each outcome’s progress', async () => {
    const response = await request(server.app)
      .get(`/api/projects/${projectId}/theory-of-change?lang=en`)
      .set(server.auth());
    expect(response.status).toBe(200);
    expect(response.body.svg).toMatch(/^<svg /);
    expect(response.body.svg).toContain('Neighbours know each other');
    const outcome = response.body.progress.nodes.find(
      (node: { nodeId: string }) => node.nodeId === 'more-contact',
    );
    expect(outcome.status).toBe('improving');
  });

  it('renders the PDF impact report', async () => {
    const response = await request(server.app)
      .get(`/api/projects/${projectId}/report.pdf?lang=nl`)
      .set(server.auth())
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('noord-1-impact-report-nl.pdf');
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('exports de-identified responses by default: no free text, small groups blanked, dates to the month', async () => {
    const researcher = await server.createKey('researcher', projectId);
    const csv = await request(server.app)
      .get(`/api/projects/${projectId}/responses.csv`)
      .set(server.auth(researcher));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['x-neighbourly-export']).toBe('deidentified');
    const lines = csv.text.trimEnd().split('\r\n');
    // age_band is a background question: a group column; remarks is free text: left out.
    expect(lines[0]).toBe('respondent,wave,waveLabel,submittedAt,language,mode,age_band,knows_neighbour');
    expect(lines).toHaveLength(13);
    expect(csv.text).not.toContain('HYPERLINK');
    for (const respondentId of respondents) expect(csv.text).not.toContain(respondentId);
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(new Set(rows.map((row) => row[0])).size).toBe(6);
    // Each age band holds 3 respondents, fewer than the cell size of 5: blanked.
    expect(new Set(rows.map((row) => row[6]))).toEqual(new Set(['']));
    expect(new Set(rows.map((row) => row[5]))).toEqual(new Set(['online']));
    for (const row of rows) expect(row[3]).toMatch(/^\d{4}-\d{2}$/);

    const long = await request(server.app)
      .get(`/api/projects/${projectId}/responses.ndjson?layout=long`)
      .set(server.auth(researcher));
    expect(long.status).toBe(200);
    const answers = long.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers).toHaveLength(12);
    // The long layout keeps the group columns on every row.
    for (const row of answers) expect(Object.keys(row)).toContain('age_band');
    expect(answers[0]).toMatchObject({ question: 'knows_neighbour', value: 1, waveLabel: 'Baseline' });
    const bad = await request(server.app)
      .get(`/api/projects/${projectId}/responses.csv?layout=diagonal`)
      .set(server.auth());
    expect(bad.status).toBe(422);
  });

  it('keeps full exports to coordinators and admins who say why, and audits who and why', async () => {
    const researcher = await server.createKey('researcher', projectId);
    const coordinator = await server.createKey('coordinator', projectId);
    const reason = 'Analyse van de vrije tekst voor het eindrapport';
    const refused = await request(server.app)
      .get(`/api/projects/${projectId}/responses.csv`)
      .query({ mode: 'full', reason })
      .set(server.auth(researcher));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ reason: 'export-right' });
    const unexplained = await request(server.app)
      .get(`/api/projects/${projectId}/responses.csv?mode=full`)
      .set(server.auth(coordinator));
    expect(unexplained.status).toBe(422);
    expect(unexplained.body.errors).toEqual([expect.objectContaining({ path: 'query.reason' })]);

    const full = await request(server.app)
      .get(`/api/projects/${projectId}/responses.csv?layout=long`)
      .query({ mode: 'full', reason })
      .set(server.auth(coordinator));
    expect(full.status).toBe(200);
    expect(full.headers['x-neighbourly-export']).toBe('full');
    const lines = full.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('respondent,wave,waveLabel,submittedAt,language,mode,age_band,question,value');
    expect(full.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(full.text).toContain(',18-64,knows_neighbour,');
    const audit = await server.store.audit.list({ projectId, limit: 1000 });
    const entry = audit.filter((e) => e.action === 'project.export').at(-1);
    expect(entry?.details).toEqual({ format: 'csv', layout: 'long', mode: 'full', reason });
    const keys = await server.store.apiKeys.list({ limit: 1000 });
    expect(keys.find((key) => key.id === entry?.actor)?.role).toBe('editor');
  });

  it('erases a respondent (GDPR) with their responses and invitations', async () => {
    const respondentId = respondents[5]!;
    const erased = await request(server.app)
      .delete(`/api/projects/${projectId}/respondents/${respondentId}`)
      .set(server.auth());
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ responses: 2, invitations: 2, contact: false });
    expect(await server.store.responses.count({ projectId, respondentId })).toBe(0);
    const again = await request(server.app)
      .delete(`/api/projects/${projectId}/respondents/${respondentId}`)
      .set(server.auth());
    expect(again.status).toBe(404);
    const audit = await server.store.audit.list({ projectId });
    const entry = audit.find((item) => item.action === 'respondent.erase');
    expect(JSON.stringify(entry)).not.toContain('knows_neighbour');
  });
});
