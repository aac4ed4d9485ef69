import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileResponseValidator } from '../src/index.js';
import { compare, type Disagreement } from './support/differential.js';
import {
  ResponseGenerator,
  SurveyCoreOracle,
  seededRandom,
  type Tamper,
} from './support/response-generator.js';

const directory = join(import.meta.dirname, 'fixtures', 'surveyjs-public');
const fixtures = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, definition: JSON.parse(readFileSync(join(directory, file), 'utf8')) as object }));

// survey-core needs 5-50 ms per response here (the compiled validator a few µs), so the test stays at
// a few thousand responses in all; the benchmark compares many more.
// In fallback mode survey-core itself decides, so those fixtures get fewer responses.
const plausible = { compiled: 30, fallback: 4 };
const tampersPerKind = { compiled: 2, fallback: 1 };
const tampers: Tamper[] = ['unknown-choice', 'wrong-type', 'not-on-scale', 'unknown-question', 'drop-answer'];

describe('compiled validator vs survey-core on 34 public SurveyJS definitions', () => {
  it('finds all 34 fixtures', () => {
    expect(fixtures).toHaveLength(34);
  });

  it.each(fixtures)(
    '$file: agrees with survey-core on generated and tampered responses',
    ({ file, definition }) => {
      const validator = compileResponseValidator(definition);
      const generator = new ResponseGenerator(definition);
      const oracle = new SurveyCoreOracle(definition);
      const random = seededRandom(file.length * 7919);
      const disagreements: Disagreement[] = [];
      let compared = 0;
      const count = plausible[validator.mode];
      for (let i = 0; i < count; i++) {
        const { disagreement } = compare(validator, oracle, generator.generate(random));
        compared++;
        if (disagreement) disagreements.push(disagreement);
      }
      for (const kind of tampers) {
        for (let i = 0; i < tampersPerKind[validator.mode]; i++) {
          const { data, tamper } = generator.tamper(random, kind);
          const { disagreement, visible } = compare(validator, oracle, data);
          compared++;
          if (disagreement) disagreements.push(disagreement);
          if (!tamper || kind === 'drop-answer') continue;
          // A strict tamper on a visible question is always caught, with the question's name.
          if (kind !== 'unknown-question' && !visible.has(tamper.question)) continue;
          const result = validator.validate(data);
          expect(result.ok, `${kind} on ${tamper.question}`).toBe(false);
          if (!result.ok) expect(result.issues.map((issue) => issue.path[0])).toContain(tamper.question);
        }
      }
      expect(compared).toBe(count + tampers.length * tampersPerKind[validator.mode]);
      expect(disagreements.slice(0, 3)).toEqual([]);
    },
  );
});
