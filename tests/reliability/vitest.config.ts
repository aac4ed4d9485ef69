import { defineProjectConfig } from '../../vitest.shared';

export default defineProjectConfig('reliability', {
  include: ['test/**/*.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
});
