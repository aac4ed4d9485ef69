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

  it('exports pseudonymised responses as CSV (formulas neutralised) and NDJSON', async () => {
    const csv = await request(server.app).get(`/api/projects/${projectId}/responses.csv`).set(server.auth());
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'respondent,wave,waveLabel,submittedAt,language,mode,knows_neighbour,age_band,remarks',
    );
    expect(lines).toHaveLength(13);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    for (const respondentId of respondents) expect(csv.text).not.toContain(respondentId);
    const pseudonyms = new Set(lines.slice(1).map((line) => line.split(',')[0]));
    expect(pseudonyms.size).toBe(6);

    const long = await request(server.app)
      .get(`/api/projects/${projectId}/responses.ndjson?layout=long`)
      .set(server.auth());
    expect(long.status).toBe(200);
    const rows = long.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(25);
    expect(rows[0]).toMatchObject({ question: 'knows_neighbour', value: 1, waveLabel: 'Baseline' });
    const bad = await request(server.app)
      .get(`/api/projects/${projectId}/responses.csv?layout=diagonal`)
      .set(server.auth());
    expect(bad.status).toBe(422);
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
