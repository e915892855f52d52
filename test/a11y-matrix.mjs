// The a11y matrix: every Storybook story, in every mode (as `<html>` attributes) and in
// every language, scanned by axe (WCAG 2.2 A/AA; in high contrast also AAA contrast),
// scoped to the story root. Any violation fails. Needs a built Storybook (storybook-static).
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './tools/chromium.mjs';
import { serveStatic } from './tools/static-server.mjs';

const staticDir = 'storybook-static';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const workers = Number(process.env.A11Y_WORKERS ?? 3);

/** Mode sets, as Storybook globals (see .storybook/modes.ts); the first is the default. */
const modeSets = {
  default: {},
  'large text': { text: 'large' },
  'x-large text': { text: 'x-large' },
  'high contrast': { contrast: 'high' },
  'reduced motion': { motion: 'reduce' },
  'screen reader': { reader: 'on' },
  'read aloud': { readAloud: 'on' },
  simplified: { simplified: 'on' },
};
const languages = ['en', 'uz-Latn', 'uz-Cyrl', 'kaa-Latn', 'ru'];

if (!existsSync(`${staticDir}/index.json`)) {
  console.error(`No built Storybook in ${staticDir}/. Run \`npm run build:storybook\` first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** Each story in each mode (English), then in each other language (default mode). */
const jobs = [];
for (const story of stories) {
  for (const [mode, globals] of Object.entries(modeSets)) jobs.push({ story, label: `${mode}, en`, globals: { locale: 'en', ...globals } });
  for (const locale of languages.slice(1)) jobs.push({ story, label: `default, ${locale}`, globals: { locale } });
}

function storyUrl(base, id, globals) {
  const encoded = Object.entries({ ...globals, 'a11y.manual': '!true' })
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  return `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${encoded}`;
}

async function scan(page, base, job) {
  const errors = [];
  const onError = (error) => errors.push(String(error));
  page.on('pageerror', onError);
  try {
    await page.goto(storyUrl(base, job.story.id, job.globals));
    // Wait until Storybook has rendered the story and run its play function, then until
    // every Lit element in it has finished updating.
    await page.waitForFunction(() => {
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted';
    });
    const phase = await page.evaluate(async () => {
      const root = document.querySelector('#storybook-root');
      const pending = [...(root?.querySelectorAll('*') ?? [])].map((el) => el.updateComplete).filter(Boolean);
      await Promise.all(pending);
      return window.__STORYBOOK_PREVIEW__.currentRender.phase;
    });
    if (phase !== 'finished') errors.push(`story render ${phase}`);
    const expectedLang = await page.evaluate(() => document.documentElement.lang);
    if (expectedLang !== job.globals.locale) errors.push(`page language is ${expectedLang}, expected ${job.globals.locale}`);

    const results = await new AxeBuilder({ page }).include('#storybook-root').withTags(wcagTags).analyze();
    const violations = [...results.violations];
    if (job.globals.contrast === 'high') {
      const enhanced = await new AxeBuilder({ page }).include('#storybook-root').withRules(['color-contrast-enhanced']).analyze();
      violations.push(...enhanced.violations);
    }
    return { violations, errors };
  } finally {
    page.off('pageerror', onError);
  }
}

const started = Date.now();
const { server, url } = await serveStatic(staticDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const failures = [];
let passed = 0;
let next = 0;

async function worker() {
  const context = await browser.newContext();
  const page = await context.newPage();
  while (next < jobs.length) {
    const job = jobs[next++];
    let outcome;
    try {
      outcome = await scan(page, url, job);
    } catch (error) {
      outcome = { violations: [], errors: [String(error?.message ?? error)] };
    }
    if (outcome.violations.length || outcome.errors.length) {
      failures.push({ story: job.story.id, label: job.label, ...outcome });
      const details = [
        ...outcome.errors,
        ...outcome.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ];
      console.log(`✗ ${job.story.id} [${job.label}]\n    ${details.join('\n    ')}`);
    } else {
      passed++;
    }
  }
  await context.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `a11y matrix: ${stories.length} stories × (${Object.keys(modeSets).length} modes + ${languages.length - 1} more languages) = ` +
    `${jobs.length} scans in ${seconds} s: ${passed} passed, ${failures.length} failed`,
);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/a11y.json', JSON.stringify({ passed, failed: failures.length, failures }, null, 2));
process.exit(failures.length ? 1 : 0);
