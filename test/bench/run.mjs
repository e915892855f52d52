// `npm run bench`: prints the kit's sizes, the cost of switching modes on a busy page, and the
// speech figures (sizes, eSpeak NG's real-time factor, time to the first word).
// Figures, not assertions: tests never assert on time.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../tools/static-server.mjs';
import { launch } from '../e2e/browser.mjs';
import { printSizes } from './sizes.mjs';
import { printRealTimeFactor, printSpeechSizes, printTimeToFirstWord, printWordEventCoverage } from './speech.mjs';

process.chdir(new URL('../../', import.meta.url).pathname);
if (!existsSync('dist/qulay.js')) execSync('npm run build', { stdio: 'inherit' });

const bundle = readFileSync('dist/qulay.js');
console.log(`dist/qulay.js: ${bundle.length} bytes, ${gzipSync(bundle, { level: 9 }).length} bytes gzip`);
await printSizes();
await printSpeechSizes();
await printRealTimeFactor();
await printWordEventCoverage();

const components = 1000;
const rounds = 15;
const { server, url } = await serveStatic('.');
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${url}/test/bench/page.html?count=${components}`);
await page.waitForFunction(() => window.benchReady === true);

const results = await page.evaluate(
  async ({ rounds }) => {
    const root = document.documentElement;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    /** Times an attribute switch through style and layout, and counts re-renders after it. */
    async function measure(label, switchOn, switchOff) {
      const times = [];
      let renders = 0;
      for (let i = 0; i < rounds; i++) {
        for (const change of [switchOn, switchOff]) {
          await frame();
          window.renderCount = 0;
          const start = performance.now();
          change();
          void document.body.offsetHeight; // forces style recalculation and layout now
          times.push(performance.now() - start);
          await frame();
          renders += window.renderCount;
        }
      }
      return { label, median: median(times), max: Math.max(...times), renders, switches: rounds * 2 };
    }
    return [
      await measure('text size (attribute)', () => root.setAttribute('data-qulay-text', 'x-large'), () => root.removeAttribute('data-qulay-text')),
      await measure('contrast (attribute)', () => root.setAttribute('data-qulay-contrast', 'high'), () => root.removeAttribute('data-qulay-contrast')),
      await measure('text size (panel store)', () => window.qulay.getPreferences().set({ text: 'large' }), () => window.qulay.getPreferences().set({ text: 'default' })),
      await measure('contrast (panel store)', () => window.qulay.getPreferences().set({ contrast: 'high' }), () => window.qulay.getPreferences().set({ contrast: 'auto' })),
    ];
  },
  { rounds },
);
const renderInfo = await page.evaluate(() => window.initialRenders);
console.log(`page: ${components} components (<qulay-listen always> with text, and <qulay-skip-link>), ${renderInfo} first renders`);
for (const r of results) {
  console.log(
    `switch ${r.label}: median ${r.median.toFixed(2)} ms, max ${r.max.toFixed(2)} ms (style + layout, ${r.switches} switches); re-renders: ${r.renders}`,
  );
}
await page.goto(`${url}/test/bench/catalog.html`);
await page.waitForFunction(() => window.benchReady === true);
const catalog = await page.evaluate(() => window.benchCatalog());
console.log(`render 1000 <qulay-service-card> (insert to laid out): median ${catalog.cards.toFixed(1)} ms of 3 runs`);
console.log(
  `filter 775 services per keystroke: ${catalog.filter.filter.toFixed(2)} ms median, ${catalog.filter.filterMax.toFixed(2)} ms max (search and sort alone); ` +
    `${catalog.filter.render.toFixed(1)} ms median, ${catalog.filter.renderMax.toFixed(1)} ms max with the first page of cards re-rendered`,
);
await browser.close();
// Autoplay by flag, as a click would allow it: the figures are the engine's, not the policy's.
const speechBrowser = await launch(['--autoplay-policy=no-user-gesture-required']);
await printTimeToFirstWord(speechBrowser, url);
await speechBrowser.close();
server.close();
