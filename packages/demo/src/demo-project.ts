import {
  caringNeighbourhoodsFramework,
  type Framework,
  type IndicatorDefinition,
  type Language,
  type ScoreFunction,
  sampleIndicatorSet,
  sampleTheoryOfChange,
  type TheoryOfChange,
} from '@neighbourly/core';
import { instrumentScorers } from '@neighbourly/surveys';
import { createDemoProcessRound, type DemoProcessRound } from './demo-process-round.js';
import { demoSurveyDefinition } from './demo-survey.js';
import { type DemoWave, demoWaves } from './demo-waves.js';
import { planQuestions, type QuestionPlan } from './question-plan.js';
import { createRandom, type Random } from './random.js';
import { generateAnswers } from './synthetic-answers.js';

/** Options for {@link createDemoProject}. */
export interface DemoProjectOptions {
  /** Seed of the random generator: the same seed gives the same data. Default 2024. */
  seed?: number;
  /** Panel size: people invited in every wave. Default 180. */
  panelSize?: number;
}

/** One synthetic response: a panel member's answers in one wave. */
export interface DemoResponse {
  waveKey: string;
  respondentKey: string;
  answers: Record<string, unknown>;
}

/** Everything needed to show Neighbourly working on a realistic project. */
export interface DemoProject {
  project: { name: string; slug: string; neighbourhood: string; languages: Language[] };
  framework: Framework;
  theoryOfChange: TheoryOfChange;
  /** The sample outcome indicators of `@neighbourly/core`, then the `caimer-process` indicators. */
  indicators: IndicatorDefinition[];
  /** Scoring functions for the `scale` indicators (the WHO-5), keyed as `computeIndicators` expects. */
  scorers: Readonly<Record<string, ScoreFunction>>;
  /** The residents' questionnaire (the outcomes round). */
  survey: { title: string; round: 'outcomes'; definition: Record<string, unknown> };
  waves: DemoWave[];
  /** The resident panel. */
  respondents: { key: string }[];
  /** The residents' answers. */
  responses: DemoResponse[];
  /**
   * The process round among staff and volunteers, in the same waves: `@neighbourly/surveys`' process
   * template per group, its respondents and their answers. Kept apart from the resident panel, so a
   * consumer that only knows one survey (the server's seeding) sees the residents' data unchanged.
   */
  processRound: DemoProcessRound;
  /**
   * Variables worth breaking results down by: the residents' background questions, and `role`
   * (`volunteer` or `staff`) for the process round.
   */
  groupBy: string[];
}

/**
 * How much each indicator improves per wave, in standard deviations of the latent score (positive is
 * progress, whatever the indicator's direction).
 */
const waveEffects: Record<string, readonly [number, number, number]> = {
  'meets-neighbours-weekly': [0, 0.35, 0.6],
  'social-cohesion-score': [0, 0.15, 0.35],
  'knows-neighbour-for-help': [0, 0.3, 0.55],
  'knows-where-to-signal': [0, 0.45, 0.8],
  'wellbeing-who5': [0, 0.02, 0.05],
  'often-lonely': [0, 0.1, 0.25],
};

/**
 * Orders an ordinal question's answers from "low" to "high" so that a higher latent score gives a higher
 * answer: numbers ascending, and for proportion indicators the counted answers last.
 */
function orderLowToHigh(plan: QuestionPlan, indicator: IndicatorDefinition | undefined): QuestionPlan {
  if (plan.kind !== 'ordinal') return plan;
  if (plan.values.every((value) => typeof value === 'number')) {
    return { ...plan, values: [...plan.values].sort((a, b) => Number(a) - Number(b)) };
  }
  const success = indicator?.success;
  if (success && 'anyOf' in success) {
    const counted = (value: unknown) => success.anyOf.includes(value as string);
    return { ...plan, values: [...plan.values.filter((v) => !counted(v)), ...plan.values.filter(counted)] };
  }
  return plan;
}

/** Where each indicator starts, in the same units: loneliness is rarer than the answer scale suggests. */
const baseLevels: Record<string, number> = {
  'often-lonely': 1.1,
  'social-cohesion-score': 0.35,
  'wellbeing-who5': 0.8,
};

interface Person {
  key: string;
  trait: number;
  background: Record<string, string>;
  /** The chance of answering each wave. */
  participation: number;
}

function createPanel(rng: Random, size: number): Person[] {
  const people: Person[] = [];
  for (let index = 0; index < size; index++) {
    const age = rng.next();
    const age_band = age < 0.45 ? 'under-65' : age < 0.8 ? '65-79' : '80-plus';
    const needRoll = rng.next() + (age_band === '80-plus' ? 0.35 : age_band === '65-79' ? 0.1 : 0);
    const support_need = needRoll < 0.65 ? 'none' : needRoll < 0.95 ? 'some' : 'a-lot';
    const background: Record<string, string> = {
      age_band,
      support_need,
      informal_carer: rng.next() < 0.22 ? 'yes' : 'no',
      household: rng.next() < (age_band === 'under-65' ? 0.3 : 0.55) ? 'alone' : 'with-others',
    };
    // People who need support or live alone start lower on contact and well-being.
    const trait =
      rng.normal() * 0.8 -
      (support_need === 'a-lot' ? 0.6 : support_need === 'some' ? 0.25 : 0) -
      (background.household === 'alone' ? 0.2 : 0);
    people.push({
      key: `panel-${String(index + 1).padStart(3, '0')}`,
      trait,
      background,
      participation: 0.6 + rng.next() * 0.35,
    });
  }
  return people;
}

/**
 * Builds the demo project "De Linde": the default framework, `@neighbourly/core`'s sample theory of
 * change and indicators, a trilingual resident questionnaire, and three waves of synthetic answers from a
 * panel whose members are linked across waves (most answer more than once, some only once). Encounters,
 * co-reliance and signalling improve clearly, cohesion slowly, well-being hardly; loneliness falls a little.
 * In the same waves, staff and volunteers answer the CAIMeR process round (`processRound`): process
 * scores improve modestly, sustainability stays the weakest. Deterministic for a given seed.
 *
 * @example
 * const demo = createDemoProject();
 * demo.responses.length; // ≈ 390 resident responses over 3 waves
 * demo.processRound.responses.length; // ≈ 95 process-round responses of staff and volunteers
 */
export function createDemoProject(options: DemoProjectOptions = {}): DemoProject {
  const seed = options.seed ?? 2024;
  const rng = createRandom(seed);
  const panel = createPanel(rng, options.panelSize ?? 180);
  const definition = structuredClone(demoSurveyDefinition) as unknown as Record<string, unknown>;
  const indicators = sampleIndicatorSet.indicators;
  const indicatorOfItem = new Map<string, IndicatorDefinition>();
  for (const indicator of indicators)
    for (const item of indicator.items) indicatorOfItem.set(item, indicator);
  const plans = planQuestions(definition).map((plan) => orderLowToHigh(plan, indicatorOfItem.get(plan.name)));

  const responses: DemoResponse[] = [];
  demoWaves.forEach((wave, waveIndex) => {
    for (const person of panel) {
      if (rng.next() > person.participation) continue;
      const latent = (name: string): number | undefined => {
        const indicator = indicatorOfItem.get(name);
        const effect = indicator ? (waveEffects[indicator.id]?.[waveIndex] ?? 0) : 0;
        let score = person.trait + effect + (indicator ? (baseLevels[indicator.id] ?? 0) : 0);
        // A high latent score is good news: flip it where a high answer is bad news.
        if (indicator?.direction === 'lower-is-better') score = -score;
        if (indicator?.reverse?.includes(name)) score = -score;
        return score;
      };
      const answers = generateAnswers(plans, {
        rng,
        latent,
        fixed: person.background,
        skipRate: 0.05,
        textRate: 0.15,
        texts: [
          'Mijn buurvrouw deed boodschappen toen ik ziek was.',
          'We helped the neighbours move in.',
          'Le voisin du dessus arrose mes plantes.',
        ],
      });
      responses.push({ waveKey: wave.key, respondentKey: person.key, answers });
    }
  });

  const processRound = createDemoProcessRound({ seed, waves: demoWaves });

  return {
    project: {
      name: 'Caring neighbourhood De Linde',
      slug: 'de-linde',
      neighbourhood: 'De Linde (a fictional neighbourhood)',
      languages: ['nl', 'fr', 'en'],
    },
    framework: caringNeighbourhoodsFramework,
    theoryOfChange: sampleTheoryOfChange,
    indicators: [...indicators, ...processRound.indicators],
    scorers: instrumentScorers,
    survey: { title: 'Living in De Linde', round: 'outcomes', definition },
    waves: [...demoWaves],
    respondents: panel.map((person) => ({ key: person.key })),
    responses,
    processRound,
    groupBy: ['age_band', 'support_need', 'role'],
  };
}
