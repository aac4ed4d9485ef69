/**
 * Validation: µs per response with @neighbourly/surveys' compiled validator versus a fresh survey-core
 * `Model` per response (the naive way) and one reused `Model`, on the 40-question resident outcomes
 * template, over generated valid and tampered responses (BENCH_RESPONSES, default 10,000).
 *
 * Agreement with survey-core is counted on every response: where survey-core rejects, the compiled
 * validator must reject too; where both should accept (generated valid answers) it must accept. Tampering
 * survey-core does not check (unknown questions, values off the scale or outside the choices) must be
 * rejected by the compiled validator. Any disagreement fails the benchmark.
 */
import { setImmediate as turn } from 'node:timers/promises';
import { createRandom, generateAnswers, planQuestions, type QuestionPlan } from '@neighbourly/demo';
import {
  compileResponseValidator,
  registerNeighbourlyProperties,
  surveyTemplate,
} from '@neighbourly/surveys';
import { Model } from 'survey-core';
import { failWrongAnswers, printRow, type ResultRow, writeResults } from './results.js';

registerNeighbourlyProperties();
const total = Number(process.env.BENCH_RESPONSES ?? 10_000);
const definition = JSON.parse(JSON.stringify(surveyTemplate('outcomes', 'resident'))) as object;
const plans = planQuestions(definition);
const rng = createRandom(2026);

type Tamper = 'unknown-question' | 'off-scale' | 'unknown-choice' | 'wrong-type';
const tampers: Tamper[] = ['unknown-question', 'off-scale', 'unknown-choice', 'wrong-type'];

function tamper(answers: Record<string, unknown>, kind: Tamper): string | undefined {
  const answered = plans.filter((plan) => plan.name in answers);
  const pick = (filter: (plan: QuestionPlan) => boolean) => {
    const candidates = answered.filter(filter);
    return candidates.length === 0 ? undefined : candidates[rng.int(candidates.length)];
  };
  switch (kind) {
    case 'unknown-question':
      answers.no_such_question = 3;
      return 'no_such_question';
    case 'off-scale': {
      const plan = pick((p) => p.kind === 'ordinal' && p.values.every((v) => typeof v === 'number'));
      if (plan) answers[plan.name] = 42;
      return plan?.name;
    }
    case 'unknown-choice': {
      const plan = pick((p) => p.kind === 'ordinal' && p.values.some((v) => typeof v === 'string'));
      if (plan) answers[plan.name] = 'not-a-choice';
      return plan?.name;
    }
    case 'wrong-type': {
      const plan = pick((p) => p.kind === 'ordinal' || p.kind === 'number');
      if (plan) answers[plan.name] = { $gt: '' };
      return plan?.name;
    }
  }
}

const responses: { data: Record<string, unknown>; tampered?: string }[] = [];
for (let i = 0; i < total; i += 1) {
  const data = generateAnswers(plans, {
    rng,
    latent: () => undefined,
    fixed: {},
    skipRate: 0.1,
    textRate: 0.3,
    texts: ['Meer ontmoetingen.', 'Un banc au parc.'],
  });
  if (i % 4 === 3) {
    const question = tamper(data, tampers[(i >> 2) % tampers.length] as Tamper);
    responses.push(question === undefined ? { data } : { data, tampered: question });
  } else responses.push({ data });
}

const validator = compileResponseValidator(definition);
const oracle = new Model(definition);
const surveyCoreAccepts = (data: Record<string, unknown>) => {
  oracle.clear(true, true);
  oracle.data = data;
  return oracle.validate(true);
};

// Agreement, over every response (outside the timing).
const problems: string[] = [];
let agree = 0;
let stricter = 0;
let tamperedRejected = 0;
let tamperedTotal = 0;
for (const [index, response] of responses.entries()) {
  const core = surveyCoreAccepts(response.data);
  const compiled = validator.validate(response.data).ok;
  if (core === compiled) agree += 1;
  else if (core && !compiled && response.tampered !== undefined) stricter += 1;
  else
    problems.push(
      `response ${index}: survey-core ${core ? 'accepts' : 'rejects'}, compiled ${compiled ? 'accepts' : 'rejects'}${response.tampered ? ` (tampered ${response.tampered})` : ''}`,
    );
  if (response.tampered !== undefined) {
    tamperedTotal += 1;
    if (!compiled) tamperedRejected += 1;
    else problems.push(`response ${index}: tampered ${response.tampered} accepted`);
  }
  if (index % 100 === 99) await turn();
}
async function time(count: number, run: (data: Record<string, unknown>) => unknown): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    run(responses[i % responses.length]?.data ?? {});
    // survey-core models hold memory until the event loop turns.
    if (i % 50 === 49) await turn();
  }
  return ((performance.now() - start) * 1000) / count;
}

const freshCount = Math.min(total, Number(process.env.BENCH_FRESH ?? 200));
const fresh = await time(freshCount, (data) => {
  const model = new Model(definition);
  model.data = data;
  return model.validate(true);
});
const reused = await time(Math.min(total, 1000), (data) => {
  oracle.clear(true, true);
  oracle.data = data;
  return oracle.validate(true);
});
for (let i = 0; i < 2000; i += 1) validator.validate(responses[i % responses.length]?.data);
const compiled = await time(total * 3, (data) => validator.validate(data));

const rows: ResultRow[] = [
  {
    benchmark: 'validation',
    case: `compiled validator vs a fresh survey-core Model per response (${plans.length} questions)`,
    metric: 'µs/response',
    value: compiled,
    baseline: { label: 'fresh Model per response', value: fresh },
    ratio: fresh / compiled,
    goal: '≥ 100× faster',
    met: fresh / compiled >= 100,
  },
  {
    benchmark: 'validation',
    case: `compiled validator vs one reused survey-core Model (${plans.length} questions)`,
    metric: 'µs/response',
    value: compiled,
    baseline: { label: 'reused Model', value: reused },
    ratio: reused / compiled,
  },
];
for (const row of rows) printRow(row);
const checks = [
  `${agree}/${responses.length} responses decided as survey-core decides; ${stricter} tampered ones only the compiled validator rejects (what survey-core does not check); 0 disagreements`,
  `${tamperedRejected}/${tamperedTotal} tampered responses rejected (unknown question, off-scale rating, unknown choice, wrong type); mode ${validator.mode}`,
];
if (problems.length > 0) {
  checks.push(`FAILED: ${problems.length} wrong decisions, e.g. ${problems.slice(0, 3).join('; ')}`);
}
console.log(checks.join('\n'));
writeResults('validation', rows, checks);
if (problems.length > 0) failWrongAnswers('validation', problems);
