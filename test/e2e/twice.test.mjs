// Two copies of the kit on one page (two widgets that each bundle it), with every component,
// under a strict CSP with Trusted Types: one warning naming both versions, and every
// component works. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { installFakeSpeech, kitReady, screenshot, serveWithCsp, strictCsp, worksOn } from './agency-pages.mjs';

let browser;
let site;

before(async () => {
  browser = await launch();
  site = await serveWithCsp(strictCsp({ allowDuplicatePolicies: true }));
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function openTwice() {
  const opened = await openPage(browser);
  await installFakeSpeech(opened.page);
  await opened.page.goto(`${site.url}/test/e2e/pages/twice.html`);
  await kitReady(opened.page);
  await opened.page.locator('qulay-service-catalog .results li').first().waitFor();
  return opened;
}

describe('two copies of the kit on one page, every component', () => {
  it('warns once, naming both versions, with no error and no CSP violation', async () => {
    const { context, page, problems, warnings } = await openTwice();
    // Both copies really ran: the second one's module is a separate URL.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/qulay.js')).length);
    assert.equal(scripts, 2);
    const duplicates = warnings.filter((w) => w.includes('already defined'));
    assert.equal(duplicates.length, 1, warnings.join('\n'));
    assert.match(duplicates[0], /^Qulay \d+\.\d+\.\d+\S*: <qulay-[a-z-]+> is already defined by Qulay \d+\.\d+\.\d+/);
    assert.deepEqual(
      warnings.filter((w) => !w.includes('already defined')),
      [],
      'no other warning',
    );
    await screenshot(page, 'twice-page');
    assert.deepEqual(problems, []);
    await context.close();
  });

  const works = worksOn(openTwice, 'works');

  works('the skip link moves focus to main', async (page) => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'main');
  });

  works('the rating with the keyboard', async (page) => {
    await page.locator('qulay-rating[name="stars"] [role="radio"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const rating = await page.evaluate(() => {
      const el = document.querySelector('qulay-rating[name="stars"]');
      return { value: el.value, checked: el.shadowRoot.querySelector('[aria-checked="true"]')?.dataset.value };
    });
    assert.deepEqual(rating, { value: 4, checked: '4' });
  });

  works('catalog search', async (page) => {
    await page.locator('qulay-service-catalog search input').first().fill('sudlanganlik');
    await page.waitForFunction(() => document.querySelectorAll('qulay-service-catalog .results li').length === 1);
    assert.match(await page.locator('qulay-service-catalog .results li').first().innerText(), /Sudlanganlik/i);
  });

  works('form steps: Continue goes to step 2', async (page) => {
    await page.locator('#full-name').fill('Aliyeva Dilnoza');
    await page.locator('qulay-form-steps [data-qulay-steps="nav"] button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('qulay-form-steps').index === 1);
    const shown = await page.evaluate(() => [...document.querySelectorAll('qulay-form-step')].map((step) => step.checkVisibility()));
    assert.deepEqual(shown, [false, true]);
    const focus = await page.evaluate(() => ({
      heading: document.activeElement.dataset.qulaySteps,
      step: document.activeElement.closest('qulay-form-step')?.getAttribute('heading'),
    }));
    assert.deepEqual(focus, { heading: 'heading', step: 'Aloqa' });
  });

  works('feedback: answering shows the rating and the comment box; the fallback form stays hidden', async (page) => {
    await page.locator('[data-qulay-feedback] button[name="useful"]').first().click();
    await page.locator('[data-qulay-feedback] textarea[name="comment"]').fill('Hammasi tushunarli');
    assert.equal(await page.locator('[data-qulay-feedback] qulay-rating').isVisible(), true);
    assert.equal(await page.locator('qulay-feedback .agency-fallback').isVisible(), false);
  });

  works('sign-in options: a heading and two named links', async (page) => {
    const options = await page.evaluate(() => {
      const list = document.querySelector('qulay-login-options');
      return {
        heading: list.shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
        links: [...list.querySelectorAll('qulay-login-button')].map((b) => new URL(b.shadowRoot.querySelector('a').href).pathname),
      };
    });
    assert.ok(options.heading.length > 0);
    assert.deepEqual(options.links, ['/signin/oneid', '/signin/eimzo']);
  });

  works("the card's title links to the service", async (page) => {
    const link = page.locator('main > qulay-service-card [part~="link"]');
    assert.equal(await link.isVisible(), true);
    assert.equal(new URL(await link.evaluate((a) => a.href)).pathname, '/services/criminal-record-certificate');
  });

  works('the panel opens and switches large text and the simplified layout, kept after a reload', async (page) => {
    const titleSize = () => page.locator('main > qulay-service-card [part~="title"]').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    const before = await titleSize();
    await page.locator('qulay-a11y-panel [part~="toggle"]').click();
    assert.equal(await page.locator('qulay-a11y-panel [part~="panel"]').isVisible(), true);
    await page.locator('qulay-a11y-panel input[name="text-size"][value="large"]').check();
    await page.locator('qulay-a11y-panel #simplified').check();
    assert.equal(await page.getAttribute('html', 'data-qulay-text'), 'large');
    assert.equal(await page.getAttribute('html', 'data-qulay-simplified'), 'on');
    assert.ok((await titleSize()) > before, 'the card follows large text');
    assert.equal(await page.locator('main > qulay-service-card [part~="more"]').isVisible(), true, 'the card follows the simplified layout');
    // After a reload both copies start again from the stored choice; neither resets it.
    await page.reload();
    await kitReady(page);
    await page.waitForTimeout(200);
    assert.equal(await page.getAttribute('html', 'data-qulay-text'), 'large');
    assert.equal(await page.getAttribute('html', 'data-qulay-simplified'), 'on');
    assert.equal(await page.locator('main > qulay-service-card [part~="more"]').isVisible(), true);
  });

  works('read-aloud: one reader at a time', async (page) => {
    const state = () => page.evaluate(() => ['#listen-first', '#listen-second'].map((id) => document.querySelector(id).reader.state));
    await page.locator('#listen-first button').first().click();
    await page.waitForFunction(() => document.querySelector('#listen-first').reader.state === 'playing');
    await page.locator('#listen-second button').first().click();
    await page.waitForFunction(() => document.querySelector('#listen-second').reader.state === 'playing');
    assert.deepEqual(await state(), ['idle', 'playing']);
    assert.match(await page.evaluate(() => window.fakeSpeech.current?.text), /^Ikkinchi matn/);
  });
});

describe('two copies that each own some components (a widget with its own copy registered them first)', () => {
  async function openSplit() {
    const opened = await openPage(browser);
    await installFakeSpeech(opened.page);
    await opened.page.goto(`${site.url}/test/e2e/pages/twice-split.html`);
    await kitReady(opened.page);
    return opened;
  }

  it('really splits the components between the copies, and warns once', async () => {
    const { context, page, problems, warnings } = await openSplit();
    const owners = await page.evaluate(async () => {
      const first = await import('/dist/qulay.js');
      const owner = (tag, name) => (customElements.get(tag) === first[name] ? 'first' : 'second');
      return [owner('qulay-a11y-panel', 'QulayA11yPanel'), owner('qulay-service-card', 'QulayServiceCard'), owner('qulay-listen', 'QulayListen')];
    });
    assert.deepEqual(owners, ['first', 'second', 'second']);
    assert.equal(warnings.filter((w) => w.includes('already defined')).length, 1, warnings.join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("the first copy's panel switches modes the second copy's card follows", async () => {
    const { context, page, problems } = await openSplit();
    const titleSize = () => page.locator('main > qulay-service-card [part~="title"]').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    const before = await titleSize();
    await page.locator('qulay-a11y-panel [part~="toggle"]').click();
    await page.locator('qulay-a11y-panel input[name="text-size"][value="x-large"]').check();
    await page.locator('qulay-a11y-panel #simplified').check();
    assert.ok((await titleSize()) > before, 'x-large text reaches the card');
    assert.equal(await page.locator('main > qulay-service-card [part~="more"]').isVisible(), true, 'the card shows the simplified layout');
    await page.locator('qulay-a11y-panel #simplified').uncheck();
    assert.equal(await page.locator('main > qulay-service-card [part~="more"]').count(), 0, 'and leaves it');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("one reader at a time across copies: the second copy's listen button stops the first copy's page reading", async () => {
    const { context, page, problems } = await openSplit();
    const states = () =>
      page.evaluate(() => [document.querySelector('qulay-a11y-panel').reader.state, document.querySelector('#listen-first').reader.state]);
    // The panel (first copy) reads the page, as its "Read this page" button does.
    await page.evaluate(() => document.querySelector('qulay-a11y-panel').reader.play());
    await page.waitForFunction(() => document.querySelector('qulay-a11y-panel').reader.state === 'playing');
    // The listen button (second copy) is pressed as a citizen would.
    await page.locator('#listen-first button').first().click();
    await page.waitForFunction(() => document.querySelector('#listen-first').reader.state === 'playing');
    assert.deepEqual(await states(), ['idle', 'playing']);
    assert.match(await page.evaluate(() => window.fakeSpeech.current?.text), /^Birinchi matn/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
