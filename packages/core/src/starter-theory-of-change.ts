import type { Framework } from './framework.js';
import type { IndicatorSet } from './indicator-definition.js';
import type { TheoryOfChangeInput } from './theory-of-change.js';

/**
 * A starting theory of change for a framework and an indicator set, which `neighbourly init` writes and the
 * server gives a new project without one; the project rewrites it. The project's resources lead to one
 * activity per building block, to residents and partners reached, to one outcome per outcome objective
 * (measured by the set's indicators of that objective), and to a caring neighbourhood.
 *
 * @example
 * const toc = starterTheoryOfChange(caringNeighbourhoodsFramework, indicatorSet);
 */
export function starterTheoryOfChange(framework: Framework, indicatorSet: IndicatorSet): TheoryOfChangeInput {
  const outcomeIds = new Set(framework.outcomeObjectives.map((objective) => objective.id));
  const nodes: TheoryOfChangeInput['nodes'] = [
    {
      id: 'project-resources',
      kind: 'input',
      label: {
        en: 'Project team, partners and budget',
        nl: 'Projectteam, partners en budget',
        fr: 'Équipe, partenaires et budget',
      },
    },
    ...framework.buildingBlocks.map((block) => ({
      id: `activity-${block.id}`,
      kind: 'activity' as const,
      label: block.label,
      buildingBlockIds: [block.id],
    })),
    {
      id: 'people-reached',
      kind: 'output',
      label: {
        en: 'Residents and partners reached',
        nl: 'Bewoners en partners bereikt',
        fr: 'Habitants et partenaires atteints',
      },
      indicatorIds: indicatorSet.indicators
        .filter((indicator) => indicator.id === 'residents-reached')
        .map((i) => i.id),
    },
    ...framework.outcomeObjectives.map((objective) => ({
      id: `outcome-${objective.id}`,
      kind: 'outcome' as const,
      label: objective.label,
      objectiveIds: [objective.id],
      indicatorIds: indicatorSet.indicators
        .filter(
          (indicator) => indicator.objectiveId === objective.id && outcomeIds.has(indicator.objectiveId),
        )
        .map((indicator) => indicator.id),
    })),
    {
      id: 'caring-neighbourhood',
      kind: 'impact',
      label: { en: 'A caring neighbourhood', nl: 'Een zorgzame buurt', fr: 'Un quartier attentionné' },
    },
  ];
  const activities = framework.buildingBlocks.map((block) => `activity-${block.id}`);
  const outcomes = framework.outcomeObjectives.map((objective) => `outcome-${objective.id}`);
  return {
    id: 'starter-theory-of-change',
    label: {
      en: 'Theory of change (starting point)',
      nl: 'Veranderingstheorie (vertrekpunt)',
      fr: 'Théorie du changement (point de départ)',
    },
    frameworkId: framework.id,
    nodes,
    edges: [
      ...activities.map((to) => ({ from: 'project-resources', to })),
      ...activities.map((from) => ({ from, to: 'people-reached' })),
      ...outcomes.map((to) => ({ from: 'people-reached', to })),
      ...outcomes.map((from) => ({ from, to: 'caring-neighbourhood' })),
    ],
  };
}
