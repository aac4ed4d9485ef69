import { allTemplateIndicators, surveyTemplate } from '@neighbourly/surveys';
import request from 'supertest';
import type { TestServer } from './fixtures.js';

/** A project in nl, fr and en answering the outcomes-resident template, with an invitation and an open wave. */
export async function createOutcomesProject(server: TestServer, slug = 'de-linde') {
  const expect201 = (response: request.Response) => {
    if (response.status !== 201) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as { id: string };
  };
  const project = expect201(
    await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .send({
        name: 'Zorgzame buurt De Linde',
        slug,
        languages: ['nl', 'fr', 'en'],
        indicatorSet: allTemplateIndicators(),
      }),
  );
  const survey = expect201(
    await request(server.app)
      .post(`/api/projects/${project.id}/surveys`)
      .set(server.auth())
      .send({
        title: 'Buurtbevraging',
        round: 'outcomes',
        definition: surveyTemplate('outcomes', 'resident'),
      }),
  );
  const wave = await server.createWave(project.id, survey.id, 'invitation');
  const openWave = await server.createWave(project.id, survey.id, 'open');
  return { projectId: project.id, surveyId: survey.id, waveId: wave.id, openWaveId: openWave.id };
}
