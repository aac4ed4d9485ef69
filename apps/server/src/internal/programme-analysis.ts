import {
  aggregateProgramme,
  CoreError,
  type IndicatorDefinition,
  type ProgrammeProject,
  type ProgrammeResults,
} from '@neighbourly/core';
import type { z } from 'zod';
import { HttpProblem } from '../http-problem.js';
import type { ProgrammeQuery } from './http-schemas.js';
import { loadProject } from './load-records.js';
import type { Principal } from './principal.js';
import { computeProjectIndicators } from './project-analysis.js';
import type { Services } from './route.js';

/**
 * The round labels of a project as wave keys shared across projects (`baseline`, `end`): a label that repeats
 * within the project gets its position, `Baseline (2)`.
 */
function roundKeys(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}

/** Context values a programme can use: text and numbers (other JSON values are left out). */
function contextOf(context: Record<string, unknown> | undefined): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(context ?? {})) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || value === null)
      out[key] = value;
    else if (typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}

/**
 * Computes each project's indicators (with the caller's scope checked per project), keys waves by measurement
 * round label so that projects line up, and pools them with `aggregateProgramme`.
 */
export async function computeProgramme(
  services: Services,
  principal: Principal | undefined,
  query: z.output<typeof ProgrammeQuery>,
): Promise<{ programme: ProgrammeResults }> {
  const ids = [...new Set(query.projects.split(','))];
  const projects: ProgrammeProject[] = [];
  const definitions = new Map<string, IndicatorDefinition>();
  for (const id of ids) {
    const project = await loadProject(services, principal, id);
    const { results, rounds, indicatorSet } = await computeProjectIndicators(services.store, project);
    // Rename the waves in place: the engine's in-memory samples stay attached to these results.
    const keys = roundKeys(rounds.map((round) => round.label));
    const keyOf = new Map(rounds.map((round, i) => [round.id, keys[i] as string]));
    results.waves = results.waves.map((wave) => keyOf.get(wave) ?? wave);
    for (const cell of results.cells) cell.waveId = keyOf.get(cell.waveId) ?? cell.waveId;
    for (const definition of indicatorSet.indicators)
      if (!definitions.has(definition.id)) definitions.set(definition.id, definition);
    projects.push({ id: project.slug, name: project.name, context: contextOf(project.context), results });
  }
  let typologyVars = query.typologyVars?.split(',');
  if (query.typology !== undefined && typologyVars === undefined) {
    const names = new Set(projects.flatMap((p) => Object.keys(p.context ?? {})));
    typologyVars = [...names].filter((name) => projects.every((p) => typeof p.context?.[name] === 'number'));
    if (typologyVars.length === 0) {
      throw new HttpProblem(
        422,
        'validation',
        'The typology needs numeric context variables shared by every project.',
        {
          errors: [{ path: 'query.typology', message: 'no context variable is a number in every project' }],
        },
      );
    }
  }
  try {
    const programme = aggregateProgramme(
      { projects, definitions: [...definitions.values()] },
      {
        method: query.method,
        ci: query.ci,
        by: query.by?.split(',') ?? [],
        ...(query.typology !== undefined && typologyVars
          ? { typology: { vars: typologyVars, k: query.typology } }
          : {}),
      },
    );
    return { programme };
  } catch (error) {
    if (error instanceof CoreError) {
      throw new HttpProblem(422, 'validation', `The programme cannot be pooled: ${error.message}`, {
        errors: [{ path: 'query', message: error.message }],
      });
    }
    throw error;
  }
}
