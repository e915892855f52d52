import { defineConfig } from 'vite';

/**
 * Builds `dist/qulay.js`: one self-contained ES module with every component, Lit, the core
 * and all translations, for `<script type="module" src=".../qulay.js">`. It resolves the
 * workspace packages from source (the `source` export condition).
 */
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'default'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: 'oxc',
    reportCompressedSize: false,
    lib: {
      entry: 'packages/elements/src/bundle.ts',
      formats: ['es'],
      fileName: () => 'qulay.js',
    },
    // Library mode keeps whitespace in ES output; a script-tag bundle wants it all minified.
    rolldownOptions: { output: { minify: true } },
  },
});
