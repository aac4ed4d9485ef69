#!/usr/bin/env node
// The `neighbourly` command: loads the built CLI. This file is committed (the build is not) so that npm links
// the command when the repository is installed, before anything is built; it says so when the build is missing.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
const notBuilt =
  'neighbourly: the CLI is not built yet: run "npm run build" in the repository, then try again';

if (!existsSync(built)) {
  console.error(notBuilt);
  process.exit(3);
}
try {
  await import(built.href);
} catch (error) {
  // A workspace package the CLI imports (e.g. @neighbourly/core) has no build yet either.
  const missing =
    error?.code === 'ERR_MODULE_NOT_FOUND' && /@neighbourly[\\/]|[\\/]dist[\\/]/.test(error.message);
  if (!missing) throw error;
  console.error(notBuilt);
  process.exit(3);
}
