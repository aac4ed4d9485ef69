import { defineConfig } from 'vitest/config';

// Run every workspace's tests at once with `npx vitest`; `npm test` runs them per package through turbo.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'tests/*'],
  },
});
