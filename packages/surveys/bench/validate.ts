/**
 * Benchmark: µs per response for the compiled validator vs a fresh survey-core Model per response vs
 * one reused Model, on the 40-question resident outcomes template, over generated valid and tampered
 * responses; counts how often the compiled validator and survey-core agree (on what survey-core checks).
 *
 *   npm run bench -w @neighbourly/surveys            (BENCH_RESPONSES=2000 to change the sample)
 */
import { setImmediate as turn } from 'node:timers/promises';
import { Model } from 'survey-core';
import { compileResponseValidator, registerNeighbourlyProperties, surveyTemplate } from '../src/index.js';
import { compare } from '../test/support/differential.js';
import {
  ResponseGenerator,
  SurveyCoreOracle,
  seededRandom,
  type Tamper,
} from '../test/support/response-generator.js';

registerNeighbourlyProperties();
const definition = surveyTemplate('outcomes', 'resident') as object;
const total = Number(process.env.BENCH_RESPONSES ?? 1000);
const random = seededRandom(2025);
const generator = new ResponseGenerator(definition);
// No template question is required, so "drop a required answer" does not apply here.
const tampers: Tamper[] = ['unknown-choice', 'wrong-type', 'not-on-scale', 'unknown-question'];
const responses: { data: Record<string, unknown>; tampered?: string }[] = [];
for (let i = 0; i < total; i++) {
  const kind = i % 4 === 3 ? tampers[(i >> 2) % tampers.length] : undefined;
  if (kind) {
    const { data, tamper } = generator.tamper(random, kind);
    responses.push(tamper ? { data, tampered: tamper.question } : { data });
  } else {
    responses.push({ data: generator.generate(random, 0.9) });
  }
}

const validator = compileResponseValidator(definition);
const oracle = new SurveyCoreOracle(definition);

// Agreement, over every response.
let agree = 0;
let rejectedTampered = 0;
let tampered = 0;
let hiddenTampered = 0;
for (const [index, response] of responses.entries()) {
  const { disagreement, visible } = compare(validator, oracle, response.data);
  if (!disagreement) agree++;
  if (response.tampered) {
    // A tampered answer to a question hidden by its conditions is dropped, not rejected.
    if (response.tampered !== 'no_such_question' && !visible.has(response.tampered)) {
      hiddenTampered++;
    } else {
      tampered++;
      if (!validator.validate(response.data).ok) rejectedTampered++;
    }
  }
  if (index % 100 === 99) await turn();
}

async function time(
  label: string,
  count: number,
  run: (data: Record<string, unknown>) => unknown,
): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    run(responses[i % responses.length]?.data ?? {});
    // survey-core models hold memory until the event loop turns.
    if (i % 50 === 49) await turn();
  }
  const perResponse = ((performance.now() - start) * 1000) / count;
  console.log(`${label.padEnd(34)} ${perResponse.toFixed(1).padStart(10)} µs/response  (${count} responses)`);
  return perResponse;
}

const reused = new Model(definition);
const fresh = await time('fresh survey-core Model', Math.min(total, 200), (data) => {
  const model = new Model(definition);
  model.data = data;
  return model.validate(true);
});
const reusedTime = await time('one reused survey-core Model', Math.min(total, 500), (data) => {
  reused.data = data;
  return reused.validate(true);
});
for (let i = 0; i < 1000; i++) validator.validate(responses[i % responses.length]?.data); // warm-up
const compiledTime = await time('compiled validator', total * 20, (data) => validator.validate(data));

console.log('');
console.log(`speed-up vs fresh Model:  ${(fresh / compiledTime).toFixed(0)}×`);
console.log(`speed-up vs reused Model: ${(reusedTime / compiledTime).toFixed(0)}×`);
console.log(`agreement with survey-core: ${agree}/${responses.length} responses`);
console.log(
  `tampered responses rejected: ${rejectedTampered}/${tampered} (and ${hiddenTampered} with the tampered question hidden, dropped)`,
);
console.log(`mode: ${validator.mode}`);
