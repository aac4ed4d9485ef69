import { z } from 'zod';
import { IdSchema } from './indicator-definition.js';
import { fromZodIssues } from './internal/zod-issues.js';
import type { Issue, Result } from './issue.js';
import { LocalizedTextSchema } from './language.js';

/** An objective of a framework: a long-term outcome or a quality of the process. */
export const ObjectiveSchema = z
  .object({
    id: IdSchema,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
  })
  .strict();
/** An outcome or process objective. */
export type Objective = z.infer<typeof ObjectiveSchema>;

/** A pillar: one direction of the policy, with the objectives that belong to it. */
export const PillarSchema = z
  .object({
    id: IdSchema,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    /** Outcome and process objectives that belong to this pillar. */
    objectiveIds: z.array(IdSchema).default([]),
  })
  .strict();
/** A pillar of a framework. */
export type Pillar = z.infer<typeof PillarSchema>;

/** A building block: a kind of work projects do, with the objectives it serves. */
export const BuildingBlockSchema = z
  .object({
    id: IdSchema,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    /** Objectives this kind of work serves. */
    objectiveIds: z.array(IdSchema).default([]),
    /** Pillars this building block mainly works on. */
    pillarIds: z.array(IdSchema).default([]),
  })
  .strict();
/** A building block of a framework. */
export type BuildingBlock = z.infer<typeof BuildingBlockSchema>;

/**
 * A framework: the shared vocabulary projects are evaluated against. Ids are unique across
 * all pillars, building blocks and objectives of one framework.
 */
export const FrameworkSchema = z
  .object({
    id: IdSchema,
    version: z.string().min(1).optional(),
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    pillars: z.array(PillarSchema).min(1),
    buildingBlocks: z.array(BuildingBlockSchema).default([]),
    /** Long-term ambitions (what changes for people). */
    outcomeObjectives: z.array(ObjectiveSchema).min(1),
    /** Qualities of how the work is done. */
    processObjectives: z.array(ObjectiveSchema).default([]),
  })
  .strict();
/** A framework as used in code (defaults applied). */
export type Framework = z.infer<typeof FrameworkSchema>;
/** A framework as written in JSON (defaults optional). */
export type FrameworkInput = z.input<typeof FrameworkSchema>;

/** An objective together with the kind of list it comes from. */
export type FrameworkObjective = Objective & { kind: 'outcome' | 'process' };

/** All objectives of a framework, outcome objectives first, each tagged with its kind. */
export function listObjectives(framework: Framework): FrameworkObjective[] {
  return [
    ...framework.outcomeObjectives.map((objective) => ({ ...objective, kind: 'outcome' as const })),
    ...framework.processObjectives.map((objective) => ({ ...objective, kind: 'process' as const })),
  ];
}

/**
 * Validates a framework given as a parsed JSON value or a JSON string: the schema, then the links
 * (unique ids, links that point at existing objectives and pillars). Objectives that no pillar
 * claims are reported as warnings. Never throws.
 *
 * @example
 * const result = parseFramework(await (await fetch('/framework.json')).text());
 * if (!result.ok) console.error(result.issues);
 */
export function parseFramework(input: unknown): Result<Framework> {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        issues: [{ code: 'invalid-json', path: [], message: `not valid JSON: ${(error as Error).message}` }],
      };
    }
  }
  const parsed = FrameworkSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error) };
  const framework = parsed.data;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];

  const seen = new Map<string, string>();
  const lists = ['pillars', 'buildingBlocks', 'outcomeObjectives', 'processObjectives'] as const;
  for (const list of lists) {
    framework[list].forEach((element, index) => {
      const where = seen.get(element.id);
      if (where !== undefined) {
        issues.push({
          code: 'duplicate-id',
          path: [list, index, 'id'],
          message: `id "${element.id}" is already used by ${where}`,
        });
      } else seen.set(element.id, `${list}[${index}]`);
    });
  }

  const objectiveIds = new Set(listObjectives(framework).map((objective) => objective.id));
  const pillarIds = new Set(framework.pillars.map((pillar) => pillar.id));
  const claimed = new Set<string>();
  const checkObjectives = (list: 'pillars' | 'buildingBlocks', index: number, ids: readonly string[]) => {
    ids.forEach((id, position) => {
      if (!objectiveIds.has(id)) {
        issues.push({
          code: 'unknown-objective',
          path: [list, index, 'objectiveIds', position],
          message: `unknown objective "${id}"`,
        });
      } else if (list === 'pillars') claimed.add(id);
    });
  };
  framework.pillars.forEach((pillar, index) => {
    checkObjectives('pillars', index, pillar.objectiveIds);
  });
  framework.buildingBlocks.forEach((block, index) => {
    checkObjectives('buildingBlocks', index, block.objectiveIds);
    block.pillarIds.forEach((id, position) => {
      if (!pillarIds.has(id)) {
        issues.push({
          code: 'unknown-pillar',
          path: ['buildingBlocks', index, 'pillarIds', position],
          message: `unknown pillar "${id}"`,
        });
      }
    });
  });
  for (const list of ['outcomeObjectives', 'processObjectives'] as const) {
    framework[list].forEach((objective, index) => {
      if (!claimed.has(objective.id)) {
        warnings.push({
          code: 'unlinked-objective',
          path: [list, index],
          message: `objective "${objective.id}" belongs to no pillar`,
          severity: 'warning',
        });
      }
    });
  }

  if (issues.length > 0) return { ok: false, issues };
  return warnings.length > 0 ? { ok: true, value: framework, warnings } : { ok: true, value: framework };
}
