// End to end: sign in on the demo site against a real OpenID provider (oidc-provider on
// 127.0.0.1). The button creates state, nonce and a PKCE challenge; the provider's login and
// consent screens run; the callback page verifies state with completeSignIn() and hands code
// and verifier to the demo backend, which exchanges them and checks the ID token's sub and
// nonce. Then the negative paths.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { openPage, useDemoSite } from './browser.mjs';
import { chromiumArgs, chromiumPath } from '../tools/chromium.mjs';

const env = useDemoSite();

/** Starts at the demo's sign-in page and goes through the provider's own screens. */
async function signInAtProvider(page, user, lang = 'en') {
  await page.goto(`${env.demo.url}/signin?lang=${lang}`);
  await page.locator('qulay-login-button[provider="oidc"] [part="link"]').click();
  await page.waitForURL(`${env.demo.auth.issuer}/interaction/**`);
  const authorizeUrl = new URL(await page.evaluate(() => document.referrer || ''), env.demo.url);
  await page.fill('input[name="login"]', user);
  await page.fill('input[name="password"]', 'any');
  await page.click('button[type="submit"]');
  await page.waitForURL(`${env.demo.auth.issuer}/interaction/**`);
  await page.click('button[type="submit"]');
  return authorizeUrl;
}

describe('sign-in against a real OpenID provider', () => {
  it('completes: PKCE and state in the browser, code exchange and nonce check on the backend', async () => {
    const { context, page } = await openPage(env.browser);
    // The provider's own screens load web fonts this closed network refuses; only the demo's pages count.
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.location().url.startsWith(env.demo.url)) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await signInAtProvider(page, 'aziza');
    await page.waitForURL(`${env.demo.url}/signin?lang=en`);
    const authorize = new URL(requests.find((u) => u.startsWith(`${env.demo.auth.issuer}/auth?`)));
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.match(authorize.searchParams.get('code_challenge'), /^[A-Za-z0-9_-]{43}$/);
    assert.equal(authorize.searchParams.get('client_id'), 'qulay-demo');
    assert.equal(authorize.searchParams.get('response_type'), 'code');
    const nonce = authorize.searchParams.get('nonce');
    const exchange = env.demo.auth.exchanges.at(-1);
    assert.deepEqual(exchange, { sub: 'aziza', nonce });
    const signedIn = await page.locator('qulay-login-button').evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
    assert.match(signedIn, /Signed in as aziza/);
    assert.match(signedIn, /Sign out/);
    const stored = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('qulay:signin:')));
    assert.deepEqual(stored, [], 'the stored state is cleared');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a replayed callback is refused with a localized message', async () => {
    const { context, page } = await openPage(env.browser);
    let callbackUrl;
    page.on('request', (request) => {
      if (request.url().startsWith(`${env.demo.url}/signin/callback?`)) callbackUrl ??= request.url();
    });
    await signInAtProvider(page, 'bobur', 'ru');
    await page.waitForURL(`${env.demo.url}/signin?lang=ru`);
    const exchanges = env.demo.auth.exchanges.length;
    await page.goto(callbackUrl);
    const status = page.locator('#signin-status');
    await status.waitFor();
    assert.equal(await status.textContent(), 'Ссылка для входа устарела или уже использована. Войдите ещё раз.');
    assert.equal(env.demo.auth.exchanges.length, exchanges, 'nothing was exchanged');
    await context.close();
  });

  it('a tampered state is refused', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.demo.url}/signin?lang=en`);
    await page.goto(`${env.demo.url}/signin/callback?lang=en&code=abc&state=tampered`);
    await page.locator('#signin-status').waitFor();
    assert.match(await page.textContent('#signin-status'), /expired or was already used/);
    await context.close();
  });

  it('a missing verifier is refused, and nothing reaches the backend', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.demo.url}/signin?lang=uz-Latn`);
    const state = 'no-verifier-state';
    await page.evaluate((s) => sessionStorage.setItem(`qulay:signin:${s}`, JSON.stringify({ nonce: 'n', redirectUri: `${location.origin}/signin/callback`, createdAt: Date.now() })), state);
    const before = env.demo.auth.exchanges.length + env.demo.auth.failures.length;
    await page.goto(`${env.demo.url}/signin/callback?lang=uz-Latn&code=abc&state=${state}`);
    await page.locator('#signin-status').waitFor();
    assert.match(await page.textContent('#signin-status'), /Kirish havolasi eskirgan/);
    assert.equal(env.demo.auth.exchanges.length + env.demo.auth.failures.length, before);
    await context.close();
  });

  it('a provider error (access_denied) is shown as a localized message', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.demo.url}/signin/callback?lang=kaa-Latn&error=access_denied&state=x`);
    await page.locator('#signin-status').waitFor();
    assert.equal(await page.textContent('#signin-status'), 'Kiriw biykar etildi. Qayta urınıp kóriwińiz múmkin.');
    await context.close();
  });

  it('Back from the provider: the page comes from the back-forward cache with a usable button', async () => {
    // Playwright turns the back-forward cache off by default; this check needs it on.
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${env.demo.url}/signin?lang=en`);
      await page.evaluate(() => addEventListener('pageshow', (event) => (window.restored = event.persisted)));
      await page.locator('qulay-login-button[provider="oidc"] [part="link"]').click();
      await page.waitForURL(`${env.demo.auth.issuer}/interaction/**`);
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForFunction(() => window.restored !== undefined);
      assert.equal(await page.evaluate(() => window.restored), true, 'restored from the back-forward cache');
      const link = page.locator('qulay-login-button[provider="oidc"] [part="link"]');
      await page.waitForFunction(() => !document.querySelector('qulay-login-button[provider="oidc"]').shadowRoot.querySelector('[part="link"]').hasAttribute('aria-busy'), null, { timeout: 2000 });
      assert.doesNotMatch(await link.textContent(), /Redirecting/);
      // And it works again.
      await link.click();
      await page.waitForURL(`${env.demo.auth.issuer}/interaction/**`);
    } finally {
      await browser.close();
    }
  });
});
