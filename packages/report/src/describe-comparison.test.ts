import type {
  Direction,
  IndicatorComparison,
  IndicatorDefinitionInput,
  ProgressStatus,
} from '@neighbourly/core';
import { describe, expect, it } from 'vitest';
import { describeComparison } from './describe-comparison.js';

const indicator = (direction: Direction): IndicatorDefinitionInput => ({
  id: 'knows-neighbour-for-help',
  label: {
    en: 'Knows a neighbour to ask for help',
    nl: 'Kent een buur om hulp te vragen',
    fr: 'Connaît un voisin à qui demander de l’aide',
  },
  objectiveId: 'co-reliance',
  kind: 'proportion',
  items: ['q_help'],
  success: { op: 'gte', value: 4 },
  direction,
  target: 0.5,
});

const comparison = (status: ProgressStatus, change: number, significant: boolean): IndicatorComparison => ({
  indicatorId: 'knows-neighbour-for-help',
  group: {},
  from: { waveId: 'w1', n: 212, value: 0.41, ci: [0.35, 0.48], suppressed: false },
  to: { waveId: 'w3', n: 198, value: 0.41 + change, ci: [0.45, 0.59], suppressed: false },
  linked: 120,
  change,
  changeCi: [change - 0.07, change + 0.07],
  test: 'mcnemar',
  p: significant ? 0.003 : 0.4,
  significant,
  status,
});

const waveLabels = { w1: 'W-one', w3: 'W-three' };

// What each status must say, per language (direction-specific for `worsening`).
const expected = {
  en: {
    achieved: /The target of 50% has been reached\./,
    improving: /This is progress, though the target of 50% is not yet reached\./,
    'no-change': /no meaningful change yet \(target: 50%\)/,
    worsening: {
      'higher-is-better': /step back: .*higher values are better/,
      'lower-is-better': /lower values are better/,
    },
    'insufficient-data': /not enough data to judge progress/,
    up: /rose from 41% \(W-one\) to 52% \(W-three\) \(change \+11\u00a0percentage points, 95% CI \+4 to \+18\), a statistically significant increase/,
    down: /fell from 41% \(W-one\) to 30% \(W-three\).*significant decrease/,
    notSignificant: /went from 41% \(W-one\) to (52|30)% \(W-three\).*not statistically significant/,
  },
  nl: {
    achieved: /De streefwaarde van 50% is bereikt\./,
    improving: /Dit is vooruitgang, al is de streefwaarde van 50% nog niet bereikt\./,
    'no-change': /geen betekenisvolle verandering \(streefwaarde: 50%\)/,
    worsening: {
      'higher-is-better': /achteruitgang: .*hogere waarden/,
      'lower-is-better': /zijn lagere waarden beter/,
    },
    'insufficient-data': /niet genoeg gegevens/,
    up: /steeg van 41% \(W-one\) naar 52% \(W-three\) \(verandering \+11\u00a0procentpunt, 95%-BI \+4 tot \+18\), een statistisch significante stijging/,
    down: /daalde van 41% \(W-one\) naar 30% \(W-three\).*significante daling/,
    notSignificant: /ging van 41% \(W-one\) naar (52|30)% \(W-three\).*statistisch niet significant/,
  },
  fr: {
    achieved: /La cible de 50\u00a0% est atteinte\./,
    improving: /C’est un progrès, même si la cible de 50\u00a0% n’est pas encore atteinte\./,
    'no-change': /pas encore de changement notable \(cible\u00a0: 50\u00a0%\)/,
    worsening: {
      'higher-is-better': /recul\u00a0: .*plus élevées/,
      'lower-is-better': /plus basses sont meilleures/,
    },
    'insufficient-data': /données sont insuffisantes/,
    up: /est passé de 41\u00a0% \(W-one\) à 52\u00a0% \(W-three\) \(variation\u00a0: \+11\u00a0points de pourcentage\u00a0; IC à 95\u00a0% de \+4 à \+18\), une hausse statistiquement significative/,
    down: /est passé de 41\u00a0% \(W-one\) à 30\u00a0% \(W-three\).*baisse statistiquement significative/,
    notSignificant:
      /est passé de 41\u00a0% \(W-one\) à (52|30)\u00a0% \(W-three\).*pas statistiquement significative/,
  },
} as const;

const statuses: ProgressStatus[] = ['achieved', 'improving', 'no-change', 'worsening', 'insufficient-data'];
const directions: Direction[] = ['higher-is-better', 'lower-is-better'];

describe.each(['en', 'nl', 'fr'] as const)('describeComparison in %s', (lang) => {
  const want = expected[lang];

  for (const status of statuses) {
    for (const direction of directions) {
      it(`states ${status} for ${direction}`, () => {
        const up = direction === 'higher-is-better' ? status !== 'worsening' : status === 'worsening';
        const change = up ? 0.11 : -0.11;
        const sentence = describeComparison({
          comparison: comparison(status, change, status !== 'no-change'),
          indicator: indicator(direction),
          lang,
          waveLabels,
        });
        const statusPattern = want[status];
        expect(sentence).toMatch(
          typeof statusPattern === 'object' && 'source' in statusPattern
            ? statusPattern
            : statusPattern[direction],
        );
        expect(sentence).toMatch(status === 'no-change' ? want.notSignificant : up ? want.up : want.down);
        expect(sentence).not.toMatch(/undefined|NaN|\$\{|\{/);
        expect(sentence.charAt(0)).toBe(sentence.charAt(0).toUpperCase());
        expect(sentence.endsWith('.')).toBe(true);
      });
    }
  }

  it('says the result is hidden, without any number, when a side is suppressed', () => {
    const hidden: IndicatorComparison = {
      ...comparison('insufficient-data', 0.11, true),
      to: { waveId: 'w3', n: 3, value: 0.8765, suppressed: true },
    };
    const sentence = describeComparison({
      comparison: hidden,
      indicator: indicator('higher-is-better'),
      lang,
      waveLabels,
    });
    expect(sentence).not.toMatch(/\d{2}|88|87|52|41|\b3\b/);
    expect(sentence).toMatch(/\b5\b/); // the privacy threshold, which is public
  });

  it('says when a change is significant on its own but not after the adjustment for many comparisons', () => {
    const adjusted: IndicatorComparison = {
      ...comparison('improving', 0.11, false),
      p: 0.01,
      pAdjusted: 0.08,
    };
    const describe = (entry: IndicatorComparison, alpha?: number) =>
      describeComparison({
        comparison: entry,
        indicator: indicator('higher-is-better'),
        lang,
        waveLabels,
        ...(alpha === undefined ? {} : { alpha }),
      });
    const plain = describe(comparison('improving', 0.11, false));
    expect(describe(adjusted)).not.toBe(plain);
    expect(describe(adjusted).length).toBeGreaterThan(plain.length);
    // At alpha 0.005 the raw p of 0.01 is not significant either: the plain wording.
    expect(describe(adjusted, 0.005)).toBe(plain);
  });

  it('says the indicator was not measured, not that it is hidden, when nobody answered in a wave', () => {
    const unanswered: IndicatorComparison = {
      ...comparison('insufficient-data', 0.11, true),
      from: { waveId: 'w1', n: 0, suppressed: true },
    };
    const sentence = describeComparison({
      comparison: unanswered,
      indicator: indicator('higher-is-better'),
      lang,
      waveLabels,
    });
    const suppressedSentence = describeComparison({
      comparison: { ...unanswered, from: { waveId: 'w1', n: 2, suppressed: true } },
      indicator: indicator('higher-is-better'),
      lang,
      waveLabels,
    });
    expect(sentence).not.toBe(suppressedSentence);
    expect(sentence).not.toMatch(/\b5\b|\d{2}/);
    expect(sentence).toContain('W-one');
  });

  it('keeps the numbers out when the report hides a side for complementary suppression', () => {
    const sentence = describeComparison({
      comparison: comparison('improving', 0.11, true),
      indicator: indicator('higher-is-better'),
      lang,
      waveLabels,
      hidden: true,
    });
    expect(sentence).not.toMatch(/41|52|11/);
  });

  it('names the group and still reads as a sentence', () => {
    const sentence = describeComparison({
      comparison: { ...comparison('improving', 0.11, true), group: { age_band: '65-plus' } },
      indicator: indicator('higher-is-better'),
      lang,
      waveLabels,
      groupLabel: 'GROUP-65',
    });
    expect(sentence).toMatch(/^(In the group|In de groep|Dans le groupe) GROUP-65/);
    expect(sentence).toMatch(/41.*52.*(significant increase|significante stijging|hausse statistiquement)/);
  });

  it('says no test was possible when the comparison has no test', () => {
    const { significant: _, ...rest } = comparison('insufficient-data', 0.11, true);
    const sentence = describeComparison({
      comparison: { ...rest, test: 'none' },
      indicator: indicator('higher-is-better'),
      lang,
    });
    expect(sentence).toMatch(
      { en: /no significance test/, nl: /significantietoets was niet mogelijk/, fr: /aucun test/ }[lang],
    );
  });
});

describe('describeComparison units', () => {
  it('shows scores with one decimal and changes as signed scores', () => {
    const sentence = describeComparison({
      comparison: {
        ...comparison('improving', 0.3, true),
        from: { waveId: 'w1', n: 100, value: 3.21, suppressed: false },
        to: { waveId: 'w3', n: 100, value: 3.51, suppressed: false },
        change: 0.3,
        changeCi: [0.12, 0.48],
      },
      indicator: {
        ...indicator('higher-is-better'),
        kind: 'mean',
        unit: 'score',
        target: 4,
        success: undefined,
      },
      lang: 'en',
    });
    expect(sentence).toContain('from 3.2 (w1) to 3.5 (w3) (change +0.3, 95% CI +0.1 to +0.5)');
    expect(sentence).toContain('target of 4.0');
  });

  it('says a value stayed put when both sides round to the same figure', () => {
    const sentence = describeComparison({
      comparison: { ...comparison('no-change', 0.002, false) },
      indicator: indicator('higher-is-better'),
      lang: 'en',
    });
    expect(sentence).toContain('stayed at 41% (w1 and w3)');
  });
});
