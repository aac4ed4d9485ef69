import pc from 'picocolors';

/** The colour functions of picocolors. */
export type Colours = ReturnType<typeof pc.createColors>;

/**
 * Colours for one output stream: on only when that stream is a terminal, unless `NO_COLOR` turns them off or
 * `FORCE_COLOR` (not `0`) turns them on. Piped or redirected output never carries escape codes.
 */
export function coloursFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Colours {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return pc.createColors(false);
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return pc.createColors(true);
  return pc.createColors(stream.isTTY === true);
}
