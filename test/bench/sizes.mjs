// Gzip bytes each component adds: every define file is bundled alone with the core and Lit
// (as a site importing one component would ship it), and compared with the core alone.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

let entries = 0;

export async function gzipOf(entryCode) {
  // A real file inside the repository, so the workspace packages resolve as for a site.
  mkdirSync('test-results/bench-entries', { recursive: true });
  const entry = `test-results/bench-entries/entry-${entries++}.js`;
  writeFileSync(entry, entryCode);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['source', 'module', 'browser', 'default'] },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const code = chunks.filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
  return gzipSync(code, { level: 9 }).length;
}

/** Prints the baseline and each component's added gzip bytes. */
export async function printSizes() {
  const baseline = await gzipOf(
    "import { QulayElement } from '@qulay/core'; class Probe extends QulayElement {} Probe.define('bench-probe');",
  );
  console.log(`core + Lit + translations (a bare QulayElement): ${baseline} bytes gzip`);
  const defines = readdirSync('packages/elements/src/define').filter((f) => f.endsWith('.ts'));
  for (const file of defines) {
    const alone = await gzipOf(`import '@qulay/elements/define/${file.replace(/\.ts$/, '.js')}';`);
    console.log(`${file.replace(/\.ts$/, '')}: ${alone} bytes gzip alone, +${alone - baseline} over the core`);
  }
}
