import { describe, expect, it } from 'vitest';
import { record } from '../test/builders.js';
import { compareWaves } from './compare-waves.js';
import type { IndicatorDefinitionInput } from './indicator-definition.js';
import { computeIndicators } from './indicator-engine.js';
import { publishComparison, publishResults } from './publish-results.js';

const definition: IndicatorDefinitionInput = {
  id: 'knows',
  label: { en: 'Knows a neighbour' },
  objectiveId: 'social-cohesion',
  kind: 'mean',
  items: ['q1'],
};

/** 33 people in the north, 3 in the south: the south is a small cell, the north hidden to protect it. */
function records(wave: string, shift: number) {
  return [
    ...Array.from({ length: 33 }, (_, i) =>
      record(wave, { q1: 1 + ((i + shift) % 5) }, { id: `n${i}`, area: 'north' }),
    ),
    ...Array.from({ length: 3 }, (_, i) => record(wave, { q1: 2 + shift }, { id: `s${i}`, area: 'south' })),
  ];
}

describe('publishResults and publishComparison', () => {
  it('leave suppressed cells with no numbers, only the reason', async () => {
    const results = await computeIndicators({
      definitions: [definition],
      records: [...records('w1', 0), ...records('w2', 1)],
      groupBy: ['area'],
    });
    const published = publishResults(results);
    const suppressed = published.cells.filter((cell) => cell.suppressed);
    expect(suppressed.map((cell) => [cell.waveId, cell.group, cell.suppression])).toEqual([
      ['w1', { area: 'north' }, 'complementary'],
      ['w1', { area: 'south' }, 'small-cell'],
      ['w2', { area: 'north' }, 'complementary'],
      ['w2', { area: 'south' }, 'small-cell'],
    ]);
    for (const cell of suppressed) {
      expect(Object.keys(cell).sort()).toEqual([
        'group',
        'indicatorId',
        'suppressed',
        'suppression',
        'waveId',
      ]);
    }
    const whole = published.cells.find(
      (cell) => Object.keys(cell.group).length === 0 && cell.waveId === 'w1',
    );
    expect(whole).toMatchObject({ suppressed: false, n: 36 });

    const comparison = publishComparison(
      compareWaves(results, { from: 'w1', to: 'w2', groups: 'all' }),
      results,
    );
    const south = comparison.comparisons.find((entry) => entry.group.area === 'south');
    expect(south?.from).toEqual({ waveId: 'w1', suppressed: true, suppression: 'small-cell' });
    expect(south?.to).toEqual({ waveId: 'w2', suppressed: true, suppression: 'small-cell' });
    expect(south?.linked).toBeUndefined();
    const all = comparison.comparisons.find((entry) => Object.keys(entry.group).length === 0);
    expect(all?.linked).toBe(36);
  });

  it('publish a whole-wave cell nobody answered as empty (n: 0), and keep group cells suppressed', async () => {
    const unanswered: IndicatorDefinitionInput = { ...definition, id: 'helps', items: ['q2'] };
    const results = await computeIndicators({
      definitions: [definition, unanswered],
      records: records('w1', 0),
      groupBy: ['area'],
    });
    const cells = publishResults(results).cells.filter((cell) => cell.indicatorId === 'helps');
    const whole = cells.find((cell) => Object.keys(cell.group).length === 0);
    expect(whole).toMatchObject({ suppressed: false, n: 0 });
    expect(whole && 'value' in whole).toBe(false);
    expect(whole && 'suppression' in whole).toBe(false);
    const groups = cells.filter((cell) => Object.keys(cell.group).length > 0);
    expect(groups.length).toBe(2);
    for (const cell of groups)
      expect(Object.keys(cell).sort()).toEqual([
        'group',
        'indicatorId',
        'suppressed',
        'suppression',
        'waveId',
      ]);
  });
});
