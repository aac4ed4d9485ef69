import { describe, expect, it } from 'vitest';
import { deJongGierveld6 } from './de-jong-gierveld-6.js';
import { classifyScore } from './instrument.js';
import { findInstrument, instrumentScorers, instruments } from './instrument-scorers.js';
import { neighbourhoodCohesion } from './neighbourhood-cohesion.js';
import { ucla3 } from './ucla-3.js';
import { who5 } from './who-5.js';

const answers = (prefix: string, values: unknown[]) =>
  Object.fromEntries(values.map((value, index) => [`${prefix}${index + 1}`, value]));

describe('WHO-5', () => {
  it('scores raw 0-25 and percentage ×4, as in the published examples', () => {
    // Topp et al. 2015: raw score = sum of five 0-5 items; percentage = raw × 4.
    expect(who5.score(answers('who5_', [5, 5, 5, 5, 5]))).toBe(25);
    expect(who5.score(answers('who5_', [5, 5, 5, 5, 5]), 'percentage')).toBe(100);
    expect(who5.score(answers('who5_', [3, 3, 3, 3, 3]), 'percentage')).toBe(60);
    expect(who5.score(answers('who5_', [0, 0, 0, 0, 0]), 'percentage')).toBe(0);
  });

  it('applies the cut-offs: ≤ 50% poor well-being (raw < 13), ≤ 28% likely depression', () => {
    expect(classifyScore(who5, 13)?.id).toBe('adequate-well-being'); // 52%
    expect(classifyScore(who5, 12)?.id).toBe('poor-well-being'); // 48%
    expect(classifyScore(who5, 8)?.id).toBe('poor-well-being'); // 32%
    expect(classifyScore(who5, 7)?.id).toBe('likely-depression'); // 28%
    expect(classifyScore(who5, null)).toBeUndefined();
  });

  it('gives no score when an item is missing or out of range', () => {
    expect(who5.score(answers('who5_', [5, 5, 5, 5]))).toBeNull();
    expect(who5.score(answers('who5_', [5, 5, 5, 5, 6]))).toBeNull();
    expect(who5.score(answers('who5_', [5, 5, 5, 5, '5']))).toBeNull();
  });
});

describe('De Jong Gierveld 6-item', () => {
  it('scores emotional items yes/more-or-less = 1 and social items no/more-or-less = 1', () => {
    const lonely = answers('djg6_', ['yes', 'more-or-less', 'no', 'no', 'more-or-less', 'yes']);
    expect(deJongGierveld6.score(lonely, 'emotional')).toBe(2);
    expect(deJongGierveld6.score(lonely, 'social')).toBe(2);
    expect(deJongGierveld6.score(lonely)).toBe(4);
    const notLonely = answers('djg6_', ['no', 'no', 'no', 'yes', 'yes', 'yes']);
    expect(deJongGierveld6.score(notLonely)).toBe(0);
    const most = answers('djg6_', ['yes', 'yes', 'yes', 'no', 'no', 'no']);
    expect(deJongGierveld6.score(most)).toBe(6);
  });

  it('classifies totals and needs every item of a (sub)scale', () => {
    expect(classifyScore(deJongGierveld6, 1)?.id).toBe('not-lonely');
    expect(classifyScore(deJongGierveld6, 2)?.id).toBe('moderately-lonely');
    expect(classifyScore(deJongGierveld6, 5)?.id).toBe('severely-lonely');
    const partial = answers('djg6_', ['yes', 'yes', 'yes', 'no', 'no']);
    expect(deJongGierveld6.score(partial, 'emotional')).toBe(3);
    expect(deJongGierveld6.score(partial, 'social')).toBeNull();
    expect(deJongGierveld6.score(partial)).toBeNull();
  });
});

describe('UCLA 3-item', () => {
  it('sums 1-3 items to 3-9 with 6+ lonely', () => {
    expect(ucla3.score(answers('ucla3_', [1, 1, 1]))).toBe(3);
    expect(ucla3.score(answers('ucla3_', [3, 3, 3]))).toBe(9);
    expect(ucla3.score(answers('ucla3_', [2, 2, 1]))).toBe(5);
    expect(classifyScore(ucla3, 5)?.id).toBe('not-lonely');
    expect(classifyScore(ucla3, 6)?.id).toBe('lonely');
    expect(ucla3.score(answers('ucla3_', [2, 2]))).toBeNull();
  });
});

describe('neighbourhood cohesion', () => {
  it('reverse-codes items 4 and 5 and averages at least four answers', () => {
    expect(neighbourhoodCohesion.score(answers('cohesion_', [5, 5, 5, 1, 1]))).toBe(5);
    expect(neighbourhoodCohesion.score(answers('cohesion_', [1, 1, 1, 5, 5]))).toBe(1);
    expect(neighbourhoodCohesion.score(answers('cohesion_', [4, 4, 4, 2]))).toBe(4);
    expect(neighbourhoodCohesion.score(answers('cohesion_', [4, 4, 4]))).toBeNull();
    expect(classifyScore(neighbourhoodCohesion, 2)?.id).toBe('low-cohesion');
    expect(classifyScore(neighbourhoodCohesion, 3)?.id).toBe('medium-cohesion');
    expect(classifyScore(neighbourhoodCohesion, 4)?.id).toBe('high-cohesion');
  });
});

describe('instrumentScorers', () => {
  it('keys scorers by instrument and instrument:subscale, as the core engine expects', () => {
    expect(Object.keys(instrumentScorers).sort()).toEqual([
      'djg-6',
      'djg-6:emotional',
      'djg-6:social',
      'neighbourhood-cohesion',
      'ucla-3',
      'who-5',
      'who-5:percentage',
    ]);
    expect(instrumentScorers['who-5:percentage']?.(answers('who5_', [2, 2, 2, 2, 2]))).toBe(40);
    expect(findInstrument('ucla-3')).toBe(ucla3);
  });

  it('states licence terms, and ships item texts only where allowed', () => {
    for (const instrument of instruments) {
      expect(instrument.licence.terms.length).toBeGreaterThan(20);
      const withText = instrument.items.filter((item) => item.text !== undefined).length;
      expect(withText).toBe(instrument.licence.itemTextsIncluded ? instrument.items.length : 0);
    }
  });
});
