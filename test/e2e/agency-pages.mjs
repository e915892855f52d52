// Shared by the agency-page tests (two copies, hostile page): a static server that sends a
// strict Content-Security-Policy with Trusted Types on every HTML page, a fake speech engine
// (headless Chromium has no voices), probes that look into the kit's shadow roots, and the
// worksOn() test factory.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { it } from 'node:test';
import { sendStatic } from '../tools/static-server.mjs';

/** A strict policy an agency might send: no inline script or style, Trusted Types required. */
export function strictCsp({ allowDuplicatePolicies = false } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    // Lit's policy; a second copy of the kit creates it again, which a page must allow.
    `trusted-types lit-html${allowDuplicatePolicies ? " 'allow-duplicates'" : ''}`,
  ].join('; ');
}

/** Serves the repository root on 127.0.0.1, HTML pages with `csp`. Resolves to { server, url }. */
export function serveWithCsp(csp) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const headers = pathname.endsWith('.html') ? { 'content-security-policy': csp } : {};
    if (!sendStatic('.', pathname, response, headers)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

/**
 * Installs, before any page script, a speech engine through the kit's shared hook
 * (`Symbol.for('qulay.speechSynthesis')`, which every copy of the kit reads). It speaks each
 * sentence until cancelled, so a test can see which reader is speaking.
 */
export function installFakeSpeech(page) {
  return page.addInitScript(() => {
    class FakeUtterance extends EventTarget {
      constructor(text = '') {
        super();
        Object.assign(this, { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1 });
      }
    }
    const voices = [
      { name: 'Fake Uzbek', lang: 'uz-UZ', localService: true, default: false, voiceURI: 'fake-uz' },
      { name: 'Fake Russian', lang: 'ru-RU', localService: true, default: false, voiceURI: 'fake-ru' },
      { name: 'Fake English', lang: 'en-GB', localService: true, default: true, voiceURI: 'fake-en' },
    ];
    const synthesis = new (class extends EventTarget {
      current = null;
      paused = false;
      spoken = [];
      get speaking() {
        return !!this.current;
      }
      get pending() {
        return false;
      }
      getVoices() {
        return voices;
      }
      speak(utterance) {
        this.current = utterance;
        this.spoken.push(utterance.text);
        setTimeout(() => utterance.dispatchEvent(new Event('start')));
      }
      cancel() {
        const utterance = this.current;
        this.current = null;
        if (utterance) utterance.dispatchEvent(Object.assign(new Event('error'), { error: 'canceled' }));
      }
      pause() {
        this.paused = true;
      }
      resume() {
        this.paused = false;
      }
    })();
    window.fakeSpeech = synthesis;
    globalThis[Symbol.for('qulay.speechSynthesis')] = { synthesis, Utterance: FakeUtterance };
  });
}

/** Waits until every kit element on the page has upgraded and rendered. */
export function kitReady(page) {
  return page.evaluate(async () => {
    const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('qulay-'));
    await Promise.all(hosts.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(hosts.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return hosts.length;
  });
}

/**
 * The focused element (through shadow roots): where it lives, whether the kit drew it, and
 * whether a focus indicator shows (an outline or a box shadow).
 */
export function focusState(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const root = el.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    // Light-DOM chrome the kit renders: the catalog's whole content, feedback's form, the steps' navigation.
    const kitLight = el.closest('qulay-service-catalog, [data-qulay-feedback], [data-qulay-steps]');
    const lightOwner = kitLight?.closest('qulay-service-catalog, qulay-feedback, qulay-form-steps')?.localName;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*, 0\)$/.test(s.outlineColor);
    return {
      tag: el.localName,
      kit: !!host?.localName.startsWith('qulay-') || !!kitLight,
      where: host ? `<${host.localName}> shadow` : lightOwner ? `<${lightOwner}> light DOM` : 'page',
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
      visibleFocus: outline || s.boxShadow !== 'none',
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    };
  });
}

/** Saves a full-page screenshot under test-results/ (test artefacts, not committed). */
export async function screenshot(page, name) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

/**
 * A test factory for "this works on that page": `works(name, check)` adds a test, titled
 * `${title}: ${name}`, that opens a fresh page with `open()`, runs `check(page)`, then asserts
 * nothing threw and nothing was refused (`problems` from openPage) and closes the page.
 */
export function worksOn(open, title) {
  return (name, check) =>
    it(`${title}: ${name}`, async () => {
      const { context, page, problems } = await open();
      await check(page);
      assert.deepEqual(problems, []);
      await context.close();
    });
}
