// End to end: the demo application "Certificate of no criminal record" in real Chromium,
// with real page reloads, the browser's back and forward buttons, a server-side error, and
// the same form without JavaScript.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useDemoSite } from './browser.mjs';

const env = useDemoSite();
const applyUrl = () => `${env.demo.url}/services/criminal-record-certificate/apply?lang=ru`;

const visibleStep = (page) => page.evaluate(() => [...document.querySelectorAll('qulay-form-step')].findIndex((s) => s.checkVisibility()));
const next = (page) => page.locator('[data-qulay-steps="nav"] button[type="submit"]').click();

async function stepOne(page, pinfl) {
  await page.fill('#full-name', 'Азиза Каримова');
  await page.fill('#pinfl', pinfl);
  await page.fill('#birth-date', '1990-05-17');
  await next(page);
}

describe('the demo application', () => {
  it('goes step by step, survives a reload and back/forward, reviews and submits with a number', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(applyUrl());
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    await next(page);
    const summary = page.locator('[data-qulay-steps="summary"]');
    await summary.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.qulaySteps), 'summary');
    assert.match(await summary.textContent(), /Есть ошибки/);
    assert.match(await page.title(), /^Ошибка: /);
    await stepOne(page, '12345678901234');
    assert.equal(await visibleStep(page), 1);
    assert.equal(new URL(page.url()).hash, '#step-2');
    await page.fill('#phone', '+998 90 123 45 67');
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    assert.equal(await visibleStep(page), 1, 'a reload returns to the same step');
    assert.equal(await page.inputValue('#phone'), '+998 90 123 45 67', 'and keeps what was typed');
    assert.match(await page.textContent('[data-qulay-steps="notice"]'), /Мы восстановили/);
    await page.goBack();
    assert.equal(await visibleStep(page), 0);
    assert.equal(await page.inputValue('#full-name'), 'Азиза Каримова');
    await page.goForward();
    assert.equal(await visibleStep(page), 1);
    await next(page);
    await page.check('input[value="pickup"]');
    await page.selectOption('#centre', 'nukus');
    await next(page);
    const review = await page.locator('.review .row').allTextContents();
    assert.ok(review.some((row) => row.includes('В центре госуслуг')), review.join('\n'));
    assert.ok(review.some((row) => row.includes('Nukus')));
    await next(page);
    const panel = page.locator('[data-qulay-steps="confirmation"]');
    await panel.waitFor();
    assert.match(await panel.textContent(), /Заявление отправлено\s*Номер вашего заявления\s*QR-2026-\d{6}/);
    assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-qulay-steps]')?.dataset.qulaySteps), 'confirmation');
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'h2');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('qulay:draft:criminal-record-certificate')), null);
    assert.equal(env.demo.applications.received.at(-1).centre, 'nukus');
    // Nothing is left to send twice: no visible button, and a submit from script is refused.
    assert.equal(await page.locator('qulay-form-steps button:visible').count(), 0);
    const sent = env.demo.applications.received.length;
    // The kit's decision on a submit is synchronous: a prevented submit event sends no request,
    // and no qulay-submit means the demo's fetch never starts. Nothing to wait for.
    const outcome = await page.evaluate(() => {
      const steps = document.querySelector('qulay-form-steps');
      const form = steps.querySelector('form');
      const seen = { submits: [], handedOver: 0 };
      window.addEventListener('submit', (event) => seen.submits.push(event.defaultPrevented));
      steps.addEventListener('qulay-submit', () => seen.handedOver++);
      window.__qulaySeen = seen;
      form.requestSubmit();
      return seen;
    });
    assert.deepEqual(outcome, { submits: [true], handedOver: 0 }, 'the submit is refused on the page');
    await page.keyboard.press('Enter');
    // Key events are dispatched before press() resolves; this evaluate runs after them.
    assert.deepEqual(await page.evaluate(() => window.__qulaySeen), { submits: [true], handedOver: 0 }, 'Enter submits nothing');
    assert.equal(env.demo.applications.received.length, sent);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows a PINFL the server rejects on the first step, keeping every value', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(applyUrl());
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    await stepOne(page, '00000000000000');
    await page.fill('#phone', '+998901234567');
    await next(page);
    await page.check('input[value="electronic"]');
    await next(page);
    await next(page);
    const summary = page.locator('[data-qulay-steps="summary"]');
    await summary.waitFor();
    assert.equal(await visibleStep(page), 0);
    assert.match(await summary.textContent(), /Такой ПИНФЛ не найден/);
    assert.equal(await page.inputValue('#full-name'), 'Азиза Каримова');
    await context.close();
  });

  it('offline, Submit does not stay on "Sending…": the citizen hears that it was not sent, keeps everything and can try again', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(applyUrl());
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    await stepOne(page, '12345678901234');
    await page.fill('#phone', '+998901234567');
    await next(page);
    await page.check('input[value="electronic"]');
    await next(page);
    await page.route('**/api/applications', (route) => route.abort('internetdisconnected'));
    const sent = env.demo.applications.received.length;
    await page.focus('[data-qulay-steps="nav"] button[type="submit"]');
    await page.keyboard.press('Enter');
    const summary = page.locator('[data-qulay-steps="summary"]');
    await summary.waitFor();
    assert.match(await summary.textContent(), /Не удалось отправить заявление\. Всё, что вы ввели, сохранено\. Попробуйте ещё раз\./);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.qulaySteps), 'summary');
    assert.match(await page.title(), /^Ошибка: /);
    assert.equal(await page.locator('qulay-form-steps form').getAttribute('aria-busy'), null);
    const button = page.locator('[data-qulay-steps="nav"] button[type="submit"]');
    assert.equal(await button.getAttribute('aria-disabled'), null);
    assert.equal(await page.inputValue('#full-name'), 'Азиза Каримова');
    assert.equal(env.demo.applications.received.length, sent);
    await page.unroute('**/api/applications');
    await button.click();
    await page.locator('[data-qulay-steps="confirmation"]').waitFor();
    assert.equal(env.demo.applications.received.length, sent + 1, 'the second try is sent');
    await context.close();
  });

  it('can be completed with the keyboard alone, from the first field to the number', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(`${env.demo.url}/services/criminal-record-certificate/apply?lang=en`);
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    await page.focus('#full-name');
    const key = (k) => page.keyboard.press(k);
    await page.keyboard.type('Aziza Karimova');
    await key('Tab');
    await page.keyboard.type('12345678901234');
    await key('Tab');
    await page.keyboard.type('05171990');
    await key('Enter');
    await page.waitForFunction(() => location.hash === '#step-2');
    await key('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'phone');
    await page.keyboard.type('+998 90 123 45 67');
    await key('Enter');
    await page.waitForFunction(() => location.hash === '#step-3');
    await key('Tab');
    await key('Space');
    const tabTo = async (text) => {
      for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.textContent?.trim())) !== text; i++) await key('Tab');
    };
    await tabTo('Continue');
    await key('Enter');
    await page.waitForFunction(() => location.hash === '#step-4');
    await tabTo('Submit application');
    await key('Enter');
    await page.locator('[data-qulay-steps="confirmation"]').waitFor();
    assert.match(await page.textContent('[data-qulay-steps="confirmation"]'), /Application sent\s*Your reference number\s*QR-2026-\d{6}/);
    assert.equal(env.demo.applications.received.at(-1).birthDate, '1990-05-17');
    assert.equal(env.demo.applications.received.at(-1).delivery, 'electronic');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('opened at the review step in a fresh browser, sends nothing empty: Submit goes to the first step with its errors', async () => {
    const { context, page, problems } = await openPage(env.browser);
    const sent = env.demo.applications.received.length;
    await page.goto(`${env.demo.url}/services/criminal-record-certificate/apply?lang=en#step-4`);
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    assert.equal(await visibleStep(page), 3);
    const states = await page.locator('[data-qulay-steps="progress"] .state').allTextContents();
    assert.deepEqual(states, ['(not completed)', '(not completed)', '(not completed)', '(current)']);
    await next(page);
    await page.locator('[data-qulay-steps="summary"]').waitFor();
    assert.equal(await visibleStep(page), 0);
    assert.equal(env.demo.applications.received.length, sent, 'no application was sent');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('takes a PINFL typed with spaces, and sends it without them', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.demo.url}/services/criminal-record-certificate/apply?lang=en`);
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    await stepOne(page, '1234 5678 9012 34');
    assert.equal(await visibleStep(page), 1);
    await page.fill('#phone', '+998 90 123 45 67');
    await next(page);
    await page.check('input[value="electronic"]');
    await next(page);
    await next(page);
    await page.locator('[data-qulay-steps="confirmation"]').waitFor();
    assert.equal(env.demo.applications.received.at(-1).pinfl, '12345678901234');
    await context.close();
  });

  it('keeps a change typed just before a reload, and follows a live language change at once', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(applyUrl());
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    // Typed, then reloaded at once: the 300 ms debounce never ran; pagehide saved it.
    await page.fill('#full-name', 'Азиза');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-qulay-steps="nav"]'));
    assert.equal(await page.inputValue('#full-name'), 'Азиза');
    // The kit's words only: the step names are the agency's (in Russian on this page).
    const chrome = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-qulay-steps="progress"] .state, [data-qulay-steps="heading"] .context, [data-qulay-steps="nav"] button')].map((el) => el.textContent).join(' '));
    assert.match(await chrome(), /[а-я]/i);
    await page.locator('[data-qulay-steps="nav"] button[type="submit"]').focus();
    await page.evaluate(() => document.documentElement.setAttribute('data-qulay-lang', 'uz-Latn'));
    await page.waitForFunction(() => !/[а-я]/i.test(document.querySelector('[data-qulay-steps="nav"]').textContent));
    assert.doesNotMatch(await chrome(), /[а-я]/i, 'the progress list and the buttons are in Uzbek before the next step');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'submit', 'focus stays on Continue');
    await context.close();
  });

  it('without JavaScript is one long form that submits', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(applyUrl());
    assert.equal(await page.locator('#phone').isVisible(), true);
    await page.fill('#full-name', 'Bobur');
    await page.fill('#pinfl', '12345678901234');
    await page.fill('#birth-date', '1985-01-02');
    await page.fill('#phone', '+998 90 000 00 00');
    await page.check('input[value="electronic"]');
    await page.click('form > button[type="submit"]');
    await page.waitForLoadState();
    assert.match(await page.textContent('main'), /Заявление принято\. Номер заявления: QR-2026-\d{6}/);
    await context.close();
  });
});
