import type { ResponseRecord } from '@neighbourly/core';
import type { DemoProject } from './demo-project.js';

/**
 * The demo responses as the indicator engine's tidy records: the residents' (respondent group `resident`,
 * background answers as group variables), then the process round's (respondent group `volunteer`,
 * `professional` or `coordinator`, and `role`: `volunteer` or `staff`). Keys link a person's waves.
 */
export function demoRecords(demo: DemoProject): ResponseRecord[] {
  const residents = demo.responses.map((response): ResponseRecord => {
    const group: Record<string, string> = { respondentGroup: 'resident' };
    for (const name of demo.groupBy) {
      const value = response.answers[name];
      if (typeof value === 'string') group[name] = value;
    }
    return {
      respondentId: response.respondentKey,
      waveId: response.waveKey,
      group,
      answers: response.answers,
    };
  });
  const process = demo.processRound.responses.map(
    (response): ResponseRecord => ({
      respondentId: response.respondentKey,
      waveId: response.waveKey,
      group: {
        respondentGroup: response.group,
        // Coordinators are too few to show apart (minimum cell size): they count as staff.
        role: response.group === 'volunteer' ? 'volunteer' : 'staff',
      },
      answers: response.answers,
    }),
  );
  return [...residents, ...process];
}
