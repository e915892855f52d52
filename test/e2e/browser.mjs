// Shared set-up for the end-to-end checks: one Chromium, a page per test that records
// console errors, page errors and Content-Security-Policy violations.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../stories/demo-site/server.mjs';
import { chromiumArgs, chromiumPath } from '../tools/chromium.mjs';

export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, ...extraArgs] });
}

/** A fresh context and page; `problems` collects every console error and CSP violation. */
export async function openPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { context, page, problems, warnings };
}

/** The skip link's text and whether it has upgraded, read through its shadow root. */
export function skipLinkState(page) {
  return page.evaluate(async () => {
    await customElements.whenDefined('qulay-skip-link');
    const host = document.querySelector('qulay-skip-link');
    await host.updateComplete;
    const link = host.shadowRoot?.querySelector('a');
    return { text: link?.textContent.trim() ?? null, href: link?.getAttribute('href') ?? null };
  });
}

/** The focused element, looking into shadow roots: its tag, id and text. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.localName, id: el?.id, text: el?.textContent?.trim().slice(0, 60) };
  });
}

/**
 * Starts one Chromium and one demo server (with its OpenID provider) for a test file, and
 * stops both after it. Read `env.browser` and `env.demo` inside the tests.
 */
export function useDemoSite() {
  const env = { browser: undefined, demo: undefined };
  before(async () => {
    env.browser = await launch();
    env.demo = await startDemoServer(0);
  });
  after(async () => {
    await env.browser?.close();
    env.demo?.server.close();
  });
  return env;
}
