// Native modules in a fresh install (better-sqlite3) download a prebuilt binary from GitHub, which CI cannot
// reach, and then compile from source: minutes on 2 cores. prebuild-install also looks in a folder of local
// prebuilds (`npm_config_<package>_local_prebuilds`): this packs the repository's own build of each native module
// (compiled by its `npm ci` on this machine) into such a folder, so that installs in a fresh clone or from the
// tarballs run their install scripts as usual and find the binary there. A version the repository does not
// have is still compiled.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const nativeModules = ['better-sqlite3'];

/** Writes the prebuilds into `folder` and returns the environment variables that point installs at them. */
export function localPrebuilds(root, folder) {
  const env = {};
  mkdirSync(folder, { recursive: true });
  for (const name of nativeModules) {
    const dir = join(root, 'node_modules', name);
    if (!existsSync(join(dir, 'build', 'Release', `${name.replaceAll('-', '_')}.node`))) continue;
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = `${name}-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
    const binary = `build/Release/${name.replaceAll('-', '_')}.node`;
    execFileSync('tar', ['-czf', join(folder, file), '-C', dir, binary]);
    // prebuild-install's per-package variable (npm warns that it does not know it as a config: harmless).
    env[`npm_config_${name.replaceAll('-', '_')}_local_prebuilds`] = folder;
  }
  return env;
}
