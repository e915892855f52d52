// End to end: the demo agency site that `npm start` serves, and dist/qulay.js on plain
// pages (alone, loaded twice, under hostile CSS), in real Chromium. Needs `npm run build`
// and `npm run build:storybook` first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveStatic } from '../tools/static-server.mjs';
import { focused, openPage, skipLinkState, useDemoSite } from './browser.mjs';

const skipTexts = {
  'uz-Latn': 'Asosiy mazmunga oʻtish',
  'uz-Cyrl': 'Асосий мазмунга ўтиш',
  'kaa-Latn': 'Tiykarǵı mazmunǵa ótiw',
  ru: 'Перейти к основному содержанию',
  en: 'Skip to main content',
};

const env = useDemoSite();
let files;

before(async () => {
  files = await serveStatic('.');
});
after(() => files?.server.close());

describe('the demo agency site', () => {
  it('serves the home page in Uzbek under a strict CSP, with no console errors', async () => {
    const { context, page, problems } = await openPage(env.browser);
    const response = await page.goto(`${env.demo.url}/`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
    assert.equal(await page.getAttribute('html', 'lang'), 'uz-Latn');
    assert.deepEqual(await skipLinkState(page), { text: skipTexts['uz-Latn'], href: '#main-content' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('skips to the main content with the keyboard', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(`${env.demo.url}/`);
    await skipLinkState(page);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, skipTexts['uz-Latn']);
    const box = await page.evaluate(() =>
      document.querySelector('qulay-skip-link').shadowRoot.querySelector('a').getBoundingClientRect().toJSON(),
    );
    assert.ok(box.width > 100 && box.height >= 44, `visible when focused: ${JSON.stringify(box)}`);
    await page.keyboard.press('Enter');
    assert.deepEqual(await focused(page), { tag: 'main', id: 'main-content', text: (await focused(page)).text });
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [lang, text] of Object.entries(skipTexts)) {
    it(`switches language through its links: ${lang}`, async () => {
      const { context, page, problems } = await openPage(env.browser);
      await page.goto(`${env.demo.url}/`);
      await page.click(`nav a[hreflang="${lang}"]`);
      await page.waitForURL(`**/?lang=${lang}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal((await skipLinkState(page)).text, text);
      assert.equal(await page.getAttribute(`nav a[hreflang="${lang}"]`, 'aria-current'), 'page');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('shows the ten services in the catalog; a card opens its service page in the same language', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(`${env.demo.url}/?lang=ru`);
    const cards = page.locator('qulay-service-catalog qulay-service-card');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 10);
    assert.equal(await page.locator('.fallback').isVisible(), false);
    const bodyText = await page.evaluate(() => document.body.innerText);
    for (const fact of ['Справка о наличии (отсутствии) судимости', 'БРВ', 'рабочих дней', 'Для граждан']) assert.ok(bodyText.includes(fact), fact);
    await page.locator('qulay-service-card', { hasText: 'Справка с места учёбы' }).locator('[part="link"]').click();
    await page.waitForURL('**/services/study-certificate?lang=ru');
    assert.equal(await page.textContent('h1'), 'Справка с места учёбы');
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    const serviceText = await page.evaluate(() => document.body.innerText);
    assert.ok(serviceText.includes('Бесплатно') && serviceText.includes('1\u00a0рабочий день'), serviceText);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works without JavaScript: the services are a plain list of links', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.demo.url}/?lang=uz-Latn`);
    const links = page.locator('.fallback a');
    assert.equal(await links.count(), 10);
    assert.equal(await links.first().isVisible(), true);
    await context.close();
  });

  it('serves the built Storybook at /storybook/', async () => {
    const index = await fetch(`${env.demo.url}/storybook/`);
    assert.equal(index.status, 200);
    assert.match(await index.text(), /<html/);
    const stories = await (await fetch(`${env.demo.url}/storybook/index.json`)).json();
    assert.ok(Object.keys(stories.entries).some((id) => id.startsWith('components-skip-link--')));
  });
});

describe('the Storybook docs', () => {
  it('render every docs page with its heading and no script error', async () => {
    const index = await (await fetch(`${env.demo.url}/storybook/index.json`)).json();
    const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
    assert.ok(docs.length >= 6, `docs pages: ${docs.map((d) => d.id).join(', ')}`);
    const { context, page } = await openPage(env.browser);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const entry of docs) {
      await page.goto(`${env.demo.url}/storybook/iframe.html?id=${entry.id}&viewMode=docs`);
      await page.waitForSelector('.sbdocs-content h1');
      assert.ok((await page.textContent('.sbdocs-content h1')).trim().length > 0, entry.id);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('dist/qulay.js on a plain page', () => {
  it('renders the skip link in each language, following <html lang> live', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(`${files.url}/test/e2e/pages/plain.html`);
    for (const [lang, text] of Object.entries(skipTexts)) {
      await page.evaluate((value) => (document.documentElement.lang = value), lang);
      await page.waitForFunction(
        (expected) => document.querySelector('qulay-skip-link').shadowRoot.querySelector('a').textContent.trim() === expected,
        text,
      );
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('applies a citizen\'s stored choices on a page with no panel', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.addInitScript(() => localStorage.setItem('qulay:preferences:v1', JSON.stringify({ text: 'large', contrast: 'high' })));
    await page.goto(`${files.url}/test/e2e/pages/plain.html`);
    await skipLinkState(page);
    const attributes = await page.evaluate(() => [
      document.documentElement.getAttribute('data-qulay-text'),
      document.documentElement.getAttribute('data-qulay-contrast'),
    ]);
    assert.deepEqual(attributes, ['large', 'high']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('loaded twice: one warning naming both versions, and everything keeps working', async () => {
    const { context, page, problems, warnings } = await openPage(env.browser);
    await page.goto(`${files.url}/test/e2e/pages/twice.html`);
    assert.equal((await skipLinkState(page)).text, skipTexts['uz-Latn']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).tag, 'main');
    const duplicates = warnings.filter((w) => w.includes('already defined'));
    assert.equal(duplicates.length, 1, warnings.join('\n'));
    assert.match(duplicates[0], /Qulay \d+\.\d+\.\d+.*Qulay \d+\.\d+\.\d+/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps its look and behaviour under hostile global CSS', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(`${files.url}/test/e2e/pages/hostile.html`);
    await skipLinkState(page);
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const link = document.querySelector('qulay-skip-link').shadowRoot.querySelector('a');
      const s = getComputedStyle(link);
      return { display: s.display, color: s.color, background: s.backgroundColor, outline: s.outlineStyle, height: link.getBoundingClientRect().height };
    });
    assert.notEqual(style.display, 'none');
    assert.equal(style.color, 'rgb(255, 255, 255)');
    assert.notEqual(style.background, 'rgb(0, 255, 0)');
    assert.equal(style.outline, 'solid');
    assert.ok(style.height >= 44, `44 px target even with html { font-size: 10px }: ${style.height}`);
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).tag, 'main');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
