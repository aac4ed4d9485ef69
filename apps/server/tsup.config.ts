import { defineConfig } from 'tsup';
import { buildFormats, declarations } from '../../tsup.shared';

export default defineConfig({
  entry: ['src/index.ts', 'src/main.ts', 'src/testing.ts', 'src/csv.ts'],
  format: buildFormats(['esm']),
  dts: declarations({ entry: ['src/index.ts', 'src/testing.ts', 'src/csv.ts'] }),
  sourcemap: true,
  clean: true,
  target: 'node20',
});
