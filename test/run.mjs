// `npm test`: every check the project has, in order, with one summary line at the end:
// `N passed, N failed`. Tests count one each (component tests, a11y scans, end-to-end
// tests); each other step (typecheck, lint, translations, builds) counts as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

process.chdir(new URL('../', import.meta.url).pathname);
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const steps = [
  { name: 'translations (extract, every target present, build)', command: 'npm run --silent localize' },
  { name: 'custom-elements.json from the JSDoc', command: 'npm run --silent build:manifest' },
  { name: 'typecheck', command: 'npx tsc -p tsconfig.json' },
  { name: 'lint', command: 'npx eslint .' },
  { name: 'build (packages, dist/qulay.js, custom-elements.json)', command: 'npm run --silent build' },
  { name: 'component tests in Chromium', command: 'npx web-test-runner', results: 'test-results/unit.json' },
  { name: 'Storybook build', command: 'npm run --silent build:storybook' },
  { name: 'a11y matrix', command: 'node test/a11y-matrix.mjs', results: 'test-results/a11y.json', needs: 'Storybook build' },
  {
    name: 'end-to-end, and eSpeak NG in Node',
    command:
      'node --test --test-reporter=spec --test-reporter-destination=stdout ' +
      '--test-reporter=./test/tools/node-test-counter.mjs --test-reporter-destination=test-results/e2e.json test/e2e/ test/speech/espeak-engine.test.mjs',
    results: 'test-results/e2e.json',
    needs: 'build (packages, dist/qulay.js, custom-elements.json)',
  },
];

const totals = { passed: 0, failed: 0 };
const report = [];
const failedSteps = new Set();
const started = Date.now();

for (const step of steps) {
  console.log(`\n━━ ${step.name}\n$ ${step.command}`);
  if (step.needs && failedSteps.has(step.needs)) {
    console.log(`skipped: "${step.needs}" failed`);
    failedSteps.add(step.name);
    totals.failed++;
    report.push(`✗ ${step.name}: not run, "${step.needs}" failed`);
    continue;
  }
  const t0 = Date.now();
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = run.status === 0;
  if (!ok) failedSteps.add(step.name);
  if (step.results && existsSync(step.results)) {
    const counts = JSON.parse(readFileSync(step.results, 'utf8').trim());
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    // A runner that exits non-zero with no failed test (a file that did not load) still fails.
    if (!ok && counts.failed === 0) totals.failed++;
    report.push(`${ok ? '✓' : '✗'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
  } else {
    totals[ok ? 'passed' : 'failed']++;
    report.push(`${ok ? '✓' : '✗'} ${step.name} (${seconds} s)`);
  }
}

console.log(`\n━━ Summary (${((Date.now() - started) / 1000).toFixed(0)} s)`);
for (const line of report) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed || failedSteps.size ? 1 : 0);
