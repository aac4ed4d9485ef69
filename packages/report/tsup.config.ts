import { defineConfig } from 'tsup';
import { buildFormats, declarations } from '../../tsup.shared';

export default defineConfig({
  // The worker is its own entry so the batch can start it from dist/ beside index.js.
  entry: { index: 'src/index.ts', 'render-worker': 'src/internal/render-worker.ts' },
  format: buildFormats(['esm', 'cjs']),
  dts: declarations({ entry: { index: 'src/index.ts' } }),
  sourcemap: true,
  clean: true,
  // import.meta.url (fonts, worker) also works in the CommonJS build.
  shims: true,
  target: 'node20',
});
