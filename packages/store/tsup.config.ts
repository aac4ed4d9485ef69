import { defineConfig } from 'tsup';
import { buildFormats, declarations } from '../../tsup.shared';

export default defineConfig({
  entry: ['src/index.ts', 'src/contract.ts'],
  format: buildFormats(['esm', 'cjs']),
  dts: declarations(true),
  sourcemap: true,
  clean: true,
  target: 'node20',
});
