import type { LocalizedText, ScoreFunction } from '@neighbourly/core';

/** Terms under which an instrument may be used, and whether Neighbourly ships its item texts. */
export interface InstrumentLicence {
  /** `true` when the item wording may be redistributed and is included in `items[].text`. */
  itemTextsIncluded: boolean;
  /** The terms in a sentence or two, with what the user must do (cite, ask permission, supply wording). */
  terms: string;
}

/** One item of an instrument. Its `id` is the SurveyJS question name the scorer reads. */
export interface InstrumentItem {
  id: string;
  /** The item wording, only when the licence allows redistribution. */
  text?: LocalizedText;
  /** Reverse-coded before scoring. */
  reverse?: boolean;
}

/** A named band of scores, e.g. WHO-5 percentage ≤ 28 "likely depression". */
export interface CutOff {
  id: string;
  label: LocalizedText;
  /** Inclusive bounds. */
  min: number;
  max: number;
}

/**
 * A validated scale: items, answer options, the published scoring rule, cut-offs, citation and
 * licence. `score` computes the total (or a subscale) from answers keyed by item id, or `null` when
 * the instrument's missing-data rule says it cannot be computed.
 */
export interface Instrument {
  id: string;
  name: string;
  citation: string;
  licence: InstrumentLicence;
  items: InstrumentItem[];
  /** The answer options in order, with the value stored for each. */
  options: { value: number | string; text: LocalizedText }[];
  /** Subscales by id → the item ids in each. */
  subscales: Record<string, string[]>;
  /** The range of the total score. */
  range: { min: number; max: number };
  /** How missing answers are handled, in words. */
  missingRule: string;
  cutOffs: CutOff[];
  /** The total score, or a subscale's score when `subscale` is given. */
  score(answers: Readonly<Record<string, unknown>>, subscale?: string): number | null;
}

/** The cut-off band a score falls in (the first band, in order, whose inclusive bounds hold it), or `undefined`. */
export function classifyScore(instrument: Instrument, score: number | null): CutOff | undefined {
  if (score === null) return undefined;
  return instrument.cutOffs.find((band) => score >= band.min && score <= band.max);
}

/** Reads a numeric answer in `[min, max]`; anything else counts as missing. @internal */
export function numericAnswer(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** A scorer for the core engine's `scale` indicators. @internal */
export function scorerOf(instrument: Instrument, subscale?: string): ScoreFunction {
  return (answers) => instrument.score(answers, subscale);
}
