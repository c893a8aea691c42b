import { defineConfig } from 'tsup';

// ESM only: this package is a command-line tool whose programmatic API is used from Node ESM scripts.
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
