import { defineProject, type TestProjectInlineConfiguration } from 'vitest/config';

// Vite's default server conditions, with ours first: workspace packages resolve to their TypeScript sources.
const conditions = ['@neighbourly/source', 'module', 'node', 'development|production'];

/**
 * Shared vitest settings for one workspace: resolve workspace packages to their TypeScript sources
 * through the `@neighbourly/source` export condition, so tests never need a build.
 */
export function defineProjectConfig(name: string, test: TestProjectInlineConfiguration['test'] = {}) {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
      // Generous: several suites run real servers, child processes and PDF renders on a 2-core CI machine.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      ...test,
    },
  });
}
