import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIndicatorSet, testSurveyDefinition, testTheoryOfChange } from '../src/testing.js';
import { createTestServer, type TestServer } from './fixtures.js';

/** Fields a suppressed cell or comparison side must never carry. */
const numberFields = ['n', 'missing', 'value', 'ci', 'sd', 'alpha', 'distribution'];

/** Free-text answers that try to start a formula in a spreadsheet, whatever its separator. */
const injections = [
  ';=1+1',
  '=HYPERLINK("http://evil.example","klik")',
  'ok;-2+3',
  'ja,@SUM(A1:A9)',
  "tab\t=cmd|'/c calc'!A0",
  'regel\r\n+31 6 1234',
  ' =1+1',
  '"quoted";=2',
];

/**
 * 36 panel members answer one wave: 33 live in the north, 3 in the south (a small cell); the north is then
 * hidden too (complementary). Everyone writes a remark, some of them CSV-injection attempts.
 */
describe('privacy over HTTP: breakdowns, suppressed cells and CSV', () => {
  let server: TestServer;
  let projectId: string;
  let first: string;
  let second: string;
  let researcher: string;
  const remarks: string[] = [];

  beforeAll(async () => {
    server = await createTestServer();
    const indicatorSet = testIndicatorSet();
    for (const indicator of indicatorSet.indicators) indicator.minCellSize = 5;
    const project = await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .send({
        name: 'Zorgzame buurt Oost',
        slug: 'oost',
        languages: ['nl', 'fr'],
        indicatorSet,
        theoryOfChange: testTheoryOfChange(),
      });
    projectId = project.body.id;
    const survey = await request(server.app)
      .post(`/api/projects/${projectId}/surveys`)
      .set(server.auth())
      .send({ title: 'Buurtbevraging', round: 'outcomes', definition: testSurveyDefinition() });
    first = (await server.createWave(projectId, survey.body.id)).id;
    second = (await server.createWave(projectId, survey.body.id)).id;
    const respondentIds: string[] = [];
    for (let i = 0; i < 36; i += 1) {
      const respondent = await server.store.respondents.create({
        projectId,
        group: 'resident',
        attributes: { area: i < 33 ? 'north' : 'south' },
      });
      respondentIds.push(respondent.id);
    }
    const invited = await request(server.app)
      .post(`/api/waves/${first}/invitations`)
      .set(server.auth())
      .send({ respondentIds });
    for (const [i, invitation] of (invited.body as { token: string }[]).entries()) {
      const remark = injections[i % injections.length] ?? `Opmerking ${i}`;
      remarks.push(remark);
      await request(server.app)
        .post(`/api/public/${invitation.token}/responses`)
        .send({
          answers: { knows_neighbour: 1 + (i % 5), age_band: i < 30 ? '65+' : '18-64', remarks: remark },
        })
        .expect(201);
    }
    researcher = await server.createKey('researcher', projectId);
  });
  afterAll(() => server.close());

  it('refuses groupBy on questions that are not background questions (free text, the indicator’s own)', async () => {
    const attempts = [
      `/api/projects/${projectId}/indicators?groupBy=remarks`,
      `/api/projects/${projectId}/indicators?groupBy=knows_neighbour`,
      `/api/projects/${projectId}/indicators?groupBy=age_band,remarks`,
      `/api/projects/${projectId}/indicators?groupBy=no_such_thing`,
      `/api/projects/${projectId}/comparison?from=${first}&to=${second}&groupBy=remarks`,
      `/api/projects/${projectId}/comparison?from=${first}&to=${second}&groupBy=knows_neighbour`,
    ];
    let refused = 0;
    for (const url of attempts) {
      const response = await request(server.app).get(url).set(server.auth(researcher));
      expect(response.status, url).toBe(422);
      expect(response.body).toMatchObject({ reason: 'group-by-not-allowed' });
      expect(response.body.errors[0]).toMatchObject({ path: 'query.groupBy' });
      expect(response.body.errors[0].message).toContain('age_band');
      for (const remark of remarks) expect(JSON.stringify(response.body)).not.toContain(remark);
      refused += 1;
    }
    expect(refused).toBe(attempts.length);
    console.info(`privacy figure: groupBy attempts refused = ${refused} of ${attempts.length}`);
  });

  it('breaks down by respondent attributes and background questions, and suppressed cells carry no number', async () => {
    let suppressed = 0;
    let withNumbers = 0;
    const reasons = new Set<string>();
    for (const groupBy of ['area', 'age_band', 'respondentGroup', 'area,age_band']) {
      const response = await request(server.app)
        .get(`/api/projects/${projectId}/indicators?groupBy=${groupBy}`)
        .set(server.auth(researcher));
      expect(response.status, groupBy).toBe(200);
      for (const cell of response.body.cells) {
        if (!cell.suppressed) continue;
        suppressed += 1;
        reasons.add(cell.suppression);
        if (numberFields.some((field) => field in cell)) withNumbers += 1;
        expect(Object.keys(cell).sort()).toEqual([
          'group',
          'indicatorId',
          'suppressed',
          'suppression',
          'waveId',
        ]);
      }
      const comparison = await request(server.app)
        .get(`/api/projects/${projectId}/comparison?from=${first}&to=${second}&groupBy=${groupBy}`)
        .set(server.auth(researcher));
      expect(comparison.status, groupBy).toBe(200);
      for (const entry of comparison.body.comparisons) {
        for (const side of [entry.from, entry.to]) {
          if (!side.suppressed) continue;
          suppressed += 1;
          if (numberFields.some((field) => field in side)) withNumbers += 1;
        }
        if (entry.from.suppressed || entry.to.suppressed) expect(entry.linked).toBeUndefined();
      }
    }
    const south = await request(server.app)
      .get(`/api/projects/${projectId}/indicators?groupBy=area`)
      .set(server.auth(researcher));
    const byArea = Object.fromEntries(
      south.body.cells
        .filter(
          (cell: { group: { area?: string }; waveId: string }) => cell.group.area && cell.waveId === first,
        )
        .map((cell: { group: { area: string }; suppression?: string }) => [
          cell.group.area,
          cell.suppression,
        ]),
    );
    expect(byArea).toEqual({ north: 'complementary', south: 'small-cell' });
    expect(reasons).toEqual(new Set(['small-cell', 'complementary']));
    expect(suppressed).toBeGreaterThan(10);
    expect(withNumbers).toBe(0);
    console.info(`privacy figure: suppressed cells = ${suppressed}, with numbers = ${withNumbers}`);
  });

  it('writes CSV in which no cell starts a formula, read with ; or , (full and de-identified)', async () => {
    let cells = 0;
    let formulas = 0;
    const startsFormula = (cell: string) => /^(?:\s*[=+\-@]|[\t\r])/.test(cell);
    for (const query of [
      { layout: 'wide', mode: 'full', reason: 'Controle van de export op formules' },
      { layout: 'long', mode: 'full', reason: 'Controle van de export op formules' },
      { layout: 'wide' },
      { layout: 'long' },
    ]) {
      const csv = await request(server.app)
        .get(`/api/projects/${projectId}/responses.csv`)
        .query(query)
        .set(server.auth());
      expect(csv.status).toBe(200);
      if (query.mode === 'full') expect(csv.text).toContain('1+1');
      for (const delimiter of [';', ',']) {
        const rows = parse(csv.text, {
          delimiter,
          relax_column_count: true,
          relax_quotes: true,
        }) as string[][];
        for (const cell of rows.flat()) {
          cells += 1;
          if (startsFormula(cell)) formulas += 1;
        }
      }
    }
    expect(cells).toBeGreaterThan(500);
    expect(formulas).toBe(0);
    console.info(`privacy figure: CSV cells read = ${cells}, starting a formula = ${formulas}`);
  });
});
