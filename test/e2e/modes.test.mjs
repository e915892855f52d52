// End to end: the adaptive modes on the demo site as a citizen uses them: a choice that
// survives a reload, follows into a second tab, survives corrupt storage, and the system's
// own settings (Playwright media emulation) honoured with no choice at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useDemoSite } from './browser.mjs';

const env = useDemoSite();

/** Opens the panel and clicks a control inside it, as a mouse user would. */
async function choose(page, selector) {
  const panel = page.locator('qulay-a11y-panel');
  if ((await panel.getAttribute('open')) === null) await panel.locator('[part="toggle"]').click();
  await panel.locator(selector).click();
}

const htmlAttribute = (page, name) => page.evaluate((n) => document.documentElement.getAttribute(n), name);

describe('adaptive modes on the demo site', () => {
  it('keeps a choice across a real reload', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(`${env.demo.url}/`);
    await choose(page, 'input[value="large"]');
    await choose(page, '#contrast');
    assert.equal(await htmlAttribute(page, 'data-qulay-text'), 'large');
    await page.reload();
    await page.waitForFunction(() => customElements.get('qulay-a11y-panel'));
    assert.equal(await htmlAttribute(page, 'data-qulay-text'), 'large');
    assert.equal(await htmlAttribute(page, 'data-qulay-contrast'), 'high');
    await page.locator('qulay-a11y-panel [part="toggle"]').click();
    assert.equal(await page.locator('qulay-a11y-panel input[value="large"]').isChecked(), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('follows a choice made in another tab', async () => {
    const { context, page, problems } = await openPage(env.browser);
    const second = await context.newPage();
    await page.goto(`${env.demo.url}/`);
    await second.goto(`${env.demo.url}/?lang=ru`);
    await second.waitForFunction(() => customElements.get('qulay-a11y-panel'));
    await choose(page, '#simplified');
    await choose(page, 'input[value="x-large"]');
    await second.waitForFunction(() => document.documentElement.getAttribute('data-qulay-text') === 'x-large');
    assert.equal(await htmlAttribute(second, 'data-qulay-simplified'), 'on');
    await choose(page, 'button:has-text("Asl holatga qaytarish")');
    await second.waitForFunction(() => !document.documentElement.hasAttribute('data-qulay-text'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('survives corrupt stored choices with one warning and the defaults', async () => {
    const { context, page, problems, warnings } = await openPage(env.browser);
    await page.addInitScript(() => localStorage.setItem('qulay:preferences:v1', '{"text": "enormous", broken'));
    await page.goto(`${env.demo.url}/`);
    await page.waitForFunction(() => customElements.get('qulay-a11y-panel'));
    assert.equal(await htmlAttribute(page, 'data-qulay-text'), null);
    assert.equal(warnings.filter((w) => w.includes('qulay:preferences:v1')).length, 1, warnings.join('\n'));
    await choose(page, 'input[value="large"]');
    assert.equal(await htmlAttribute(page, 'data-qulay-text'), 'large');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('honours prefers-contrast: more with no choice, and says why in the panel', async () => {
    const { context, page } = await openPage(env.browser);
    await page.emulateMedia({ contrast: 'more' });
    await page.goto(`${env.demo.url}/`);
    await page.waitForFunction(() => customElements.get('qulay-a11y-panel'));
    const text = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--qulay-color-text').trim());
    assert.equal(text, '#000000');
    await page.locator('qulay-a11y-panel [part="toggle"]').click();
    const contrast = page.locator('qulay-a11y-panel #contrast');
    assert.equal(await contrast.isChecked(), true);
    assert.equal(await contrast.isDisabled(), true);
    await context.close();
  });

  it('honours forced colours: system colours and visible boundaries', async () => {
    const { context, page } = await openPage(env.browser);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${env.demo.url}/`);
    await page.locator('qulay-a11y-panel [part="toggle"]').click();
    const style = await page.evaluate(() => {
      const panel = document.querySelector('qulay-a11y-panel').shadowRoot;
      const box = getComputedStyle(panel.querySelector('[part="panel"]'));
      const toggle = getComputedStyle(panel.querySelector('[part="toggle"]'));
      return { panelBorder: box.borderTopStyle, toggleBorder: toggle.borderTopStyle, forced: matchMedia('(forced-colors: active)').matches };
    });
    assert.deepEqual(style, { panelBorder: 'solid', toggleBorder: 'solid', forced: true });
    await context.close();
  });

  it('honours prefers-reduced-motion: transitions last 0.01 ms at most', async () => {
    const { context, page } = await openPage(env.browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${env.demo.url}/`);
    await page.waitForFunction(() => customElements.get('qulay-a11y-panel'));
    const durations = await page.evaluate(() => {
      const toggle = document.querySelector('qulay-a11y-panel').shadowRoot.querySelector('[part="toggle"]');
      return getComputedStyle(toggle).transitionDuration.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000));
    });
    assert.ok(durations.every((ms) => ms <= 0.01), durations.join());
    await context.close();
  });

  it('reflows at 320 px (400% zoom) in x-large text with no horizontal scrolling', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${env.demo.url}/?lang=kaa-Latn`);
    await choose(page, 'input[value="x-large"]');
    await choose(page, '#read-aloud');
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(widths[0] <= widths[1], `scrollWidth ${widths[0]} > clientWidth ${widths[1]}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
