import type { ResponseRecord } from '@neighbourly/core';
import type { DemoProject } from './demo-project.js';

/**
 * The demo responses as the indicator engine's tidy records: the panel key links waves, the background
 * answers become group variables, and every demo respondent is a `resident`.
 */
export function demoRecords(demo: DemoProject): ResponseRecord[] {
  return demo.responses.map((response) => {
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
}
