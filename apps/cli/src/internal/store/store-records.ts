import type { ResponseRecord } from '@neighbourly/core';
import type { Respondent, Store } from '@neighbourly/store';

/** The respondent attribute that keeps the id a respondent had in imported data (to link later imports). */
export const sourceIdAttribute = 'sourceId';

/**
 * Streams a stored project's complete responses as the records the indicator engine reads: the wave id is the
 * wave's label (as `project.json` names waves), the respondent id the store's pseudonymous id, and the groups
 * the respondent's group (`respondentGroup`) and attributes (without `sourceId`).
 */
export async function* storeRecords(store: Store, projectId: string): AsyncGenerator<ResponseRecord> {
  const waves = await store.waves.list(projectId, { limit: 1000 });
  const waveLabel = new Map(waves.map((wave) => [wave.id, wave.label]));
  const respondents = new Map<string, Respondent | undefined>();
  for await (const response of store.streamResponses({ projectId })) {
    const group: Record<string, string> = {};
    if (response.respondentId !== undefined) {
      if (!respondents.has(response.respondentId)) {
        respondents.set(response.respondentId, await store.respondents.get(response.respondentId));
      }
      const respondent = respondents.get(response.respondentId);
      for (const [name, value] of Object.entries(respondent?.attributes ?? {})) {
        if (name !== sourceIdAttribute) group[name] = String(value);
      }
      if (respondent?.group !== undefined) group.respondentGroup = respondent.group;
    }
    yield {
      ...(response.respondentId === undefined ? {} : { respondentId: response.respondentId }),
      waveId: waveLabel.get(response.waveId) ?? response.waveId,
      group,
      answers: response.answers,
    };
  }
}
