import { defineConfig } from 'vite';

/**
 * `dist/qulay-espeak.js`: the polyfill and the eSpeak engine in one file for a script tag.
 * The worker (`dist/espeak-worker.js`, from tsc) and `dist/espeak/` stay separate files
 * beside it, fetched on the first `speak()`.
 */
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'default'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    reportCompressedSize: false,
    lib: { entry: 'src/install.ts', formats: ['es'], fileName: () => 'qulay-espeak.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
