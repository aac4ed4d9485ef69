import { defineConfig } from 'tsup';
import { buildFormats, declarations } from '../../tsup.shared';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: buildFormats(['esm']),
  dts: declarations({ entry: 'src/index.ts' }),
  sourcemap: true,
  clean: true,
  target: 'node20',
});
