import { defineProjectConfig } from '../../vitest.shared';

export default defineProjectConfig('web', {
  include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
  globalSetup: ['test/build-app.ts'],
  // The end-to-end suites share one Chromium-heavy machine: one file at a time.
  fileParallelism: false,
});
