// The a11y matrix: every Storybook story, in every mode (as `<html>` attributes) and in
// every language, scanned by axe (WCAG 2.2 A/AA; in high contrast also AAA contrast),
// scoped to the story root. Any violation fails. Needs a built Storybook (storybook-static).
//
// Each story loads once in a fresh page; the combinations are then switched in that page
// through Storybook's globals, as the toolbar does, which keeps hundreds of scans fast.
import axe from 'axe-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './tools/chromium.mjs';
import { serveStatic } from './tools/static-server.mjs';

const staticDir = 'storybook-static';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const workers = Number(process.env.A11Y_WORKERS ?? 3);

/** Mode sets, as Storybook globals (see .storybook/modes.ts). */
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
/** Every global at its default, so switching combinations leaves nothing behind. */
const defaultGlobals = { locale: 'en', text: 'default', contrast: 'auto', motion: 'auto', reader: 'off', readAloud: 'off', simplified: 'off' };

if (!existsSync(`${staticDir}/index.json`)) {
  console.error(`No built Storybook in ${staticDir}/. Run \`npm run build:storybook\` first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** Each story in each mode (English), then in each other language (default mode). */
const jobs = stories.map((story) => ({
  story,
  combos: [
    ...Object.entries(modeSets).map(([mode, globals]) => ({ label: `${mode}, en`, globals: { ...defaultGlobals, ...globals } })),
    ...languages.slice(1).map((locale) => ({ label: `default, ${locale}`, globals: { ...defaultGlobals, locale } })),
  ],
}));
const scanCount = jobs.reduce((sum, job) => sum + job.combos.length, 0);

function storyUrl(base, id, globals) {
  const encoded = Object.entries({ ...globals, 'a11y.manual': '!true' })
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  return `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${encoded}`;
}

/** Waits until Storybook has rendered the story (and run its play function) and every Lit element has updated. */
async function settled(page) {
  await page.waitForFunction(() => {
    const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
    return phase === 'finished' || phase === 'errored' || phase === 'aborted';
  });
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    for (let i = 0; i < 2; i++) {
      const root = document.querySelector('#storybook-root');
      const all = [...(root?.querySelectorAll('*') ?? [])];
      const inShadows = all.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('*') ?? [])]);
      await Promise.all([...all, ...inShadows].map((el) => el.updateComplete).filter(Boolean));
      await frame();
    }
    return window.__STORYBOOK_PREVIEW__.currentRender.phase;
  });
}

/** Switches the globals in the loaded preview, as the toolbar does, and waits for the re-render. */
function switchGlobals(page, globals) {
  return page.evaluate(
    (next) =>
      new Promise((resolve, reject) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const timer = setTimeout(() => reject(new Error('no re-render after updateGlobals')), 5000);
        channel.once('storyRendered', () => {
          clearTimeout(timer);
          resolve();
        });
        channel.emit('updateGlobals', { globals: next });
      }),
    globals,
  );
}

/**
 * Runs axe in the page on the story root. axe is injected once per page (the stock
 * AxeBuilder injects its half-megabyte source on every call, which dominated the matrix).
 */
async function runAxe(page, options) {
  const present = await page.evaluate(() => typeof window.axe?.run === 'function' && window.__qulayAxe === true);
  if (!present) {
    await page.evaluate(`${axe.source}\nwindow.__qulayAxe = true;`);
  }
  return page.evaluate((runOptions) => window.axe.run({ include: [['#storybook-root']] }, runOptions), options);
}

async function scan(page, combo) {
  const errors = [];
  const phase = await settled(page);
  if (phase !== 'finished') errors.push(`story render ${phase}`);
  const state = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    attributes: [...document.documentElement.attributes].filter((a) => a.name.startsWith('data-qulay-')).map((a) => `${a.name}=${a.value}`),
  }));
  if (state.lang !== combo.globals.locale) errors.push(`page language is ${state.lang}, expected ${combo.globals.locale}`);
  const results = await runAxe(page, { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  const violations = [...results.violations];
  if (combo.globals.contrast === 'high') {
    if (!state.attributes.includes('data-qulay-contrast=high')) errors.push('the high-contrast attribute is missing');
    const enhanced = await runAxe(page, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] }, resultTypes: ['violations'] });
    violations.push(...enhanced.violations);
  }
  return { violations, errors };
}

const started = Date.now();
const { server, url } = await serveStatic(staticDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const failures = [];
let passed = 0;
let next = 0;

function report(job, combo, outcome) {
  if (!outcome.violations.length && !outcome.errors.length) {
    passed++;
    return;
  }
  failures.push({ story: job.story.id, label: combo.label, ...outcome });
  const details = [
    ...outcome.errors,
    ...outcome.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ];
  console.log(`✗ ${job.story.id} [${combo.label}]\n    ${details.join('\n    ')}`);
}

async function worker() {
  const context = await browser.newContext();
  while (next < jobs.length) {
    const job = jobs[next++];
    // A fresh page per story: nothing one story leaves behind reaches the next.
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    for (const [i, combo] of job.combos.entries()) {
      let outcome;
      try {
        if (i === 0) await page.goto(storyUrl(url, job.story.id, combo.globals));
        else await switchGlobals(page, combo.globals);
        outcome = await scan(page, combo);
      } catch (error) {
        outcome = { violations: [], errors: [String(error?.message ?? error)] };
      }
      outcome.errors.push(...pageErrors.splice(0));
      report(job, combo, outcome);
    }
    await page.close();
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
    `${scanCount} scans in ${seconds} s: ${passed} passed, ${failures.length} failed`,
);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/a11y.json', JSON.stringify({ passed, failed: failures.length, failures }, null, 2));
process.exit(failures.length || passed !== scanCount ? 1 : 0);
