/** The kinds of files `validate` understands. */
export const validateKinds = ['project', 'survey', 'framework', 'theory-of-change', 'indicator-set'] as const;
/** A kind of file `validate` understands. */
export type ValidateKind = (typeof validateKinds)[number];
