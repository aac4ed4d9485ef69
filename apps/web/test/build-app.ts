import { build } from 'vite';

/**
 * Vitest global setup: builds the app for production (the end-to-end suites drive the build the server
 * serves). Vitest sets NODE_ENV=test, which would give React's development build: production while building.
 */
export default async function buildApp(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: new URL('..', import.meta.url).pathname, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
