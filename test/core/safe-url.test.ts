import { expect, fixture, html } from '@open-wc/testing';
import { safeUrl } from '@qulay/core';
import '@qulay/elements/define/qulay-service-card.js';
import '@qulay/elements/define/qulay-service-catalog.js';
import '@qulay/elements/define/qulay-a11y-panel.js';
import '@qulay/elements/define/qulay-login-button.js';
import { captureWarnings } from '../helpers.js';

/**
 * Values a page (or a JSON feed an attacker can write to) might hand the kit as a URL. Each
 * must be refused, because the browser would follow it as something other than http(s):
 * browsers strip ASCII tabs and newlines anywhere in a URL and C0 controls and spaces at its
 * start, so a regex on the raw text is not enough.
 */
const c0 = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(i));
const hostile: string[] = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'jav\u0009as\u000acri\u000dpt:alert(1)',
  'javascript\t:alert(1)',
  ...c0.map((ch) => `${ch}javascript:alert(1)`),
  '\u0000\u0001 \tjavascript:alert(1)',
  'javascript:alert(1)//https://example.org',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VbScript:msgbox(1)',
  'blob:https://example.org/0f0e0d0c-0b0a-0908-0706-050403020100',
  'file:///etc/passwd',
  'ftp://example.org/file',
  'ws://example.org/',
  'mailto:someone@example.org',
  'about:blank',
  'chrome://settings',
  'intent://scan/#Intent;scheme=zxing;end',
  'jar:https://example.org!/',
  'https://' + 'a'.repeat(10_000) + '.example.org/',
  '/' + 'x'.repeat(10_000),
  'http://[::1',
  'https://',
  '',
  '   ',
  '\t\n',
];

/** Values that are harmless and must still work. */
const allowed: Array<[string, string]> = [
  ['https://my.gov.uz/services/1', 'https://my.gov.uz/services/1'],
  ['HTTPS://MY.GOV.UZ/', 'https://my.gov.uz/'],
  ['  https://my.gov.uz/x  ', 'https://my.gov.uz/x'],
  ['http://localhost:8000/a', 'http://localhost:8000/a'],
  ['/services/12', new URL('/services/12', document.baseURI).href],
  ['services/12?lang=uz', new URL('services/12?lang=uz', document.baseURI).href],
  ['//my.gov.uz/x', `${location.protocol}//my.gov.uz/x`],
  ['#main', new URL('#main', document.baseURI).href],
  // Percent-encoded and entity-like schemes are paths, not schemes (the kit sets attributes
  // through the DOM, so no entity is decoded): they resolve to the page's own origin.
  ...['%6A%61vascript:alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', 'javascript&colon;alert(1)'].map(
    (value): [string, string] => [value, new URL(value, document.baseURI).href],
  ),
];

/** Every `href` and `src` the component rendered, in its shadow root and its light DOM. */
function renderedUrls(root: Element): string[] {
  const urls: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      for (const name of ['href', 'src', 'action', 'formaction']) if (el.hasAttribute(name)) urls.push(el.getAttribute(name)!);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  return urls;
}

function expectOnlyHttp(urls: string[], value: string): void {
  for (const url of urls) {
    const protocol = new URL(url, document.baseURI).protocol;
    expect(['http:', 'https:'], `${JSON.stringify(value)} rendered ${JSON.stringify(url)}`).to.include(protocol);
  }
}

describe('safeUrl()', () => {
  it(`refuses ${hostile.length} hostile values`, () => {
    for (const value of hostile) expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {}, [], { toString: () => 'https://x.org' }, Symbol('x')]) {
      expect(safeUrl(value)).to.equal(undefined);
    }
  });

  it('resolves safe absolute and relative values to the absolute http(s) URL the browser follows', () => {
    for (const [value, expected] of allowed) expect(safeUrl(value), JSON.stringify(value)).to.equal(expected);
  });

  it('resolves against a given base, refusing a base that makes the value unsafe', () => {
    expect(safeUrl('/a', 'https://my.gov.uz/x/y')).to.equal('https://my.gov.uz/a');
    expect(safeUrl('a', 'file:///tmp/')).to.equal(undefined);
  });
});

describe('Every URL attribute goes through safeUrl()', () => {
  const attacks = ['java\tscript:alert(1)', '\u0001javascript:alert(1)', 'JaVa\nScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'blob:https://x.org/1'];

  it('service card href', async () => {
    for (const value of attacks) {
      let card!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        card = await fixture(html`<qulay-service-card href=${value}><span slot="title">Passport</span></qulay-service-card>`);
      });
      expectOnlyHttp(renderedUrls(card), value);
      expect(card.shadowRoot!.querySelector('a'), value).to.equal(null);
      expect(warnings.filter((w) => w.includes('href=')), value).to.have.length(1);
    }
  });

  it('service catalog entry href and service-href', async () => {
    for (const value of attacks) {
      const services = [{ id: 'a', name: { en: 'Passport' }, href: value }, { id: 'b', name: { en: 'Visa' } }];
      let catalog!: HTMLElement & { updateComplete: Promise<unknown> };
      await captureWarnings(async () => {
        catalog = await fixture(html`<qulay-service-catalog service-href=${value + '{id}'} src=${value} .services=${services}></qulay-service-catalog>`);
        await catalog.updateComplete;
        for (const card of catalog.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('qulay-service-card')) await card.updateComplete;
      });
      expect(catalog.querySelectorAll('qulay-service-card').length, value).to.equal(2);
      expectOnlyHttp(renderedUrls(catalog), value);
    }
  });

  it('accessibility panel language links', async () => {
    for (const value of attacks) {
      const languages = JSON.stringify([
        { lang: 'uz-Latn', href: value, label: 'Oʻzbekcha' },
        { lang: 'ru', href: '/ru/', label: 'Русский' },
      ]);
      let panel!: HTMLElement & { updateComplete: Promise<unknown>; open: boolean };
      await captureWarnings(async () => {
        panel = await fixture(html`<qulay-a11y-panel open languages=${languages}></qulay-a11y-panel>`);
        await panel.updateComplete;
      });
      const links = [...panel.shadowRoot!.querySelectorAll('a[hreflang]')];
      expect(links.map((a) => a.getAttribute('hreflang')), value).to.deep.equal(['ru']);
      expectOnlyHttp(renderedUrls(panel), value);
    }
  });

  it('sign-in button href, authorize-url, redirect-uri and logout-href', async () => {
    for (const value of attacks) {
      await captureWarnings(async () => {
        const link = await fixture(html`<qulay-login-button provider="oneid" href=${value}></qulay-login-button>`);
        expectOnlyHttp(renderedUrls(link), value);
        const pkce = await fixture(
          html`<qulay-login-button provider="oidc" authorize-url=${value} client-id="x" redirect-uri="https://my.gov.uz/cb"></qulay-login-button>`,
        );
        expectOnlyHttp(renderedUrls(pkce), value);
        const signedIn = await fixture(html`<qulay-login-button user-name="Ali" logout-href=${value}></qulay-login-button>`);
        expectOnlyHttp(renderedUrls(signedIn), value);
        expect(signedIn.shadowRoot!.querySelector('a'), value).to.equal(null);
      });
    }
  });
});
