/** One observation: a number, or `null`, `undefined` or `NaN` for a missing value. */
export type Observation = number | null | undefined;

/**
 * One sample of observations: a plain array or a typed array (`Float64Array`, ...). Missing values are
 * dropped unless a function says otherwise.
 */
export type Sample = ArrayLike<Observation>;
