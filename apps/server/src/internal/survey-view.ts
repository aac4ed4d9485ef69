import type { RespondentTarget } from './respondent-access.js';
import type { Services } from './route.js';

/** What the respondent page needs to show a wave's survey: labels, languages, the definition, saved answers. */
export function surveyView(target: RespondentTarget, language: string, answers?: Record<string, unknown>) {
  return {
    waveId: target.wave.id,
    waveLabel: target.wave.label,
    projectName: target.project.name,
    languages: target.project.languages,
    language,
    definition: target.version.definition,
    ...(answers === undefined ? {} : { answers }),
    ...(target.wave.closesAt === undefined ? {} : { closesAt: target.wave.closesAt }),
  };
}

/** The saved partial answers of an invitation's respondent in the wave, if any. */
export async function savedProgress(services: Services, target: RespondentTarget) {
  const respondentId = target.invitation?.respondentId;
  if (respondentId === undefined) return undefined;
  const [partial] = await services.store.responses.list(
    { projectId: target.project.id, waveId: target.wave.id, respondentId, status: 'partial' },
    { limit: 1 },
  );
  return partial?.answers;
}
