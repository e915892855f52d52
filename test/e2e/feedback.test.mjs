// End to end: the feedback block on the demo service page against the demo server, which
// counts what it receives by idempotency key. Each submission must arrive exactly once,
// whether the browser is offline, the server fails, or the page is reloaded.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { openPage, useDemoSite } from './browser.mjs';

const env = useDemoSite();
const servicePath = '/services/salary-certificate?lang=en';
beforeEach(() => {
  env.demo.feedback.received.clear();
  env.demo.feedback.duplicates = 0;
  env.demo.feedback.failNext = 0;
});

/** Fills the block as a citizen would: Yes, four stars, a comment. */
async function fill(page, comment) {
  const block = page.locator('qulay-feedback .block');
  await block.locator('button[name="useful"][value="yes"]').click();
  await block.locator('qulay-rating [part~="option"]').nth(3).click();
  await block.locator('textarea').fill(comment);
  return block;
}

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const waitForCount = async (n) => {
  for (let i = 0; i < 100 && env.demo.feedback.received.size < n; i++) await new Promise((r) => setTimeout(r, 50));
  return env.demo.feedback.received.size;
};

describe('feedback on a service page', () => {
  it('sends once, thanks with focus, and shows the comment back only as text', async () => {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(`${env.demo.url}${servicePath}`);
    const block = await fill(page, 'Fast! <b>bold</b><img src=x onerror="window.hacked=1">');
    // A double submit (two submits in the same moment) must send once.
    await page.evaluate(() => {
      const form = document.querySelector('qulay-feedback .block form');
      form.requestSubmit();
      form.requestSubmit();
    });
    await block.locator('.done').waitFor();
    assert.match(await focusedText(page), /Thank you! Your feedback has been sent\./);
    assert.equal(await waitForCount(1), 1);
    const [submission] = env.demo.feedback.received.values();
    assert.equal(submission.service, 'salary-certificate');
    assert.equal(submission.useful, true);
    assert.equal(submission.rating, 4);
    assert.equal(submission.lang, 'en');
    assert.match(submission.id, /^[0-9a-f-]{36}$/);
    assert.equal(await block.locator('.you-wrote b, .you-wrote img').count(), 0);
    assert.match(await block.locator('.you-wrote').textContent(), /<b>bold<\/b>/);
    assert.equal(await page.evaluate(() => window.hacked), undefined);
    assert.equal(env.demo.feedback.duplicates, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('offline: saves the submission, tells the user, and sends it once when back online', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.demo.url}${servicePath}`);
    const block = await fill(page, 'Sent while offline');
    await context.setOffline(true);
    await block.locator('button[type="submit"]').click();
    await block.locator('.done').waitFor();
    assert.match(await focusedText(page), /Saved\. It will be sent when you are back online\./);
    assert.equal(env.demo.feedback.received.size, 0);
    await context.setOffline(false);
    assert.equal(await waitForCount(1), 1);
    assert.equal([...env.demo.feedback.received.values()][0].comment, 'Sent while offline');
    await page.reload();
    await page.locator('qulay-feedback .block').waitFor();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(env.demo.feedback.received.size, 1);
    assert.equal(env.demo.feedback.duplicates, 0);
    await context.close();
  });

  it('server failure (500): saved, then delivered once on the next page load', async () => {
    const { context, page } = await openPage(env.browser);
    env.demo.feedback.failNext = 1;
    await page.goto(`${env.demo.url}${servicePath}`);
    const block = await fill(page, 'After a 500');
    await block.locator('button[type="submit"]').click();
    await block.locator('.done').waitFor();
    assert.match(await focusedText(page), /Saved/);
    assert.equal(env.demo.feedback.received.size, 0);
    await page.reload();
    assert.equal(await waitForCount(1), 1);
    await page.reload();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(env.demo.feedback.received.size, 1);
    await context.close();
  });

  it('a 4xx answer shows the server\'s message and keeps the text', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.demo.url}${servicePath}`);
    await page.evaluate(() => document.querySelector('qulay-feedback').setAttribute('service', 'no-such-service'));
    const block = await fill(page, 'Keep me');
    await block.locator('button[type="submit"]').click();
    const alert = block.locator('[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Unknown service: no-such-service/);
    assert.equal(await block.locator('textarea').inputValue(), 'Keep me');
    assert.equal(env.demo.feedback.received.size, 0);
    await context.close();
  });

  it('works without JavaScript as a plain form post', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.demo.url}/services/salary-certificate?lang=ru`);
    await page.locator('qulay-feedback input[value="no"]').check();
    await page.locator('qulay-feedback textarea').fill('Без JavaScript');
    await page.locator('qulay-feedback button[type="submit"]').click();
    await page.waitForURL('**feedback=thanks');
    assert.match(await page.locator('.site-notice').textContent(), /Спасибо/);
    const [submission] = env.demo.feedback.received.values();
    assert.deepEqual({ useful: submission.useful, comment: submission.comment, lang: submission.lang }, { useful: 'no', comment: 'Без JavaScript', lang: 'ru' });
    await context.close();
  });
});
