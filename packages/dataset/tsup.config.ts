import { defineConfig } from 'tsup';

// `runtime` is the data-free part of the main entry; `nkscreen-dataset build` then writes
// dist/index.* around it with the validated rows inlined (see src/write-main-entry.ts).
export default defineConfig({
  entry: { runtime: 'src/index.ts', tools: 'src/tools.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
