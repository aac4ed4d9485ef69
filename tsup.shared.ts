import type { Format, Options } from 'tsup';

/**
 * `npm start` builds JavaScript only (NEIGHBOURLY_FAST_BUILD=1) so the server is up in seconds: type
 * declarations and CommonJS are for publishing and are built by `npm run build`. Turbo keys its cache on
 * the variable (turbo.json), so the two builds never stand in for each other, and `scripts/start.mjs` makes a
 * fast build only while there is no full build (a fast build cleans dist/, which would delete the fuller one).
 */
export const fastBuild = process.env.NEIGHBOURLY_FAST_BUILD === '1';

/** The formats to build: ESM only in a fast build. */
export function buildFormats(formats: Format[]): Format[] {
  return fastBuild ? ['esm'] : formats;
}

/** The declaration options: none in a fast build. */
export function declarations(dts: NonNullable<Options['dts']>): NonNullable<Options['dts']> {
  return fastBuild ? false : dts;
}
