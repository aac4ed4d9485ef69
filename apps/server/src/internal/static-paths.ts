import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root of @neighbourly/server: the nearest folder above this module with our package.json. Works
 * from the sources (src/internal/) and from the tsup bundle (dist/), so `assets/` is found in both.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === '@neighbourly/server') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the @neighbourly/server package root');
    dir = parent;
  }
}

const packageRoot = findPackageRoot();
const require = createRequire(join(packageRoot, 'package.json'));

/** The folder of our own pages, scripts and styles. */
export const assetsDir = join(packageRoot, 'assets');

const surveyCoreDir = dirname(require.resolve('survey-core'));
const surveyUiDir = dirname(require.resolve('survey-js-ui'));
const chartDir = dirname(require.resolve('chart.js'));

/**
 * Browser files served from node_modules under `/vendor/<name>`: survey-core and survey-js-ui (same version),
 * survey-core's fontless CSS (the default CSS loads a web font from the internet), the nl/fr UI strings and
 * chart.js.
 */
// A Map, not an object: a file name such as `constructor` or `__proto__` must not find Object.prototype.
export const vendorFiles: ReadonlyMap<string, string> = new Map([
  ['survey.core.min.js', join(surveyCoreDir, 'survey.core.min.js')],
  ['survey-js-ui.min.js', join(surveyUiDir, 'survey-js-ui.min.js')],
  ['survey-core.fontless.min.css', join(surveyCoreDir, 'survey-core.fontless.min.css')],
  ['survey-i18n-nl.min.js', join(surveyCoreDir, 'i18n', 'dutch.min.js')],
  ['survey-i18n-fr.min.js', join(surveyCoreDir, 'i18n', 'french.min.js')],
  ['chart.umd.min.js', join(chartDir, 'chart.umd.min.js')],
]);
