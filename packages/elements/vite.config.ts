// The single-file bundle for CDNs: every element with Lit, the dataset and the geometry inside.
// Per-element modules for bundlers are compiled by tsc into dist/ (see tsconfig.build.json).
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Library mode leaves ES output unminified by default; the CDN file is meant for pages as is.
    minify: true,
    rolldownOptions: { output: { minify: true } },
    reportCompressedSize: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'kl-elements.js',
    },
  },
});
