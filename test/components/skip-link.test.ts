import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '@qulay/elements/define/qulay-skip-link.js';
import type { QulaySkipLink } from '@qulay/elements';
import { captureWarnings, findAccessible, contrastRatio, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';

const names: Record<string, string> = {
  en: 'Skip to main content',
  'uz-Latn': 'Asosiy mazmunga oʻtish',
  'uz-Cyrl': 'Асосий мазмунга ўтиш',
  'kaa-Latn': 'Tiykarǵı mazmunǵa ótiw',
  ru: 'Перейти к основному содержанию',
};

/** A small page: the skip link first, a header with links, then the main content. */
async function page(target?: string) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <qulay-skip-link for=${target ?? 'main'}></qulay-skip-link>
      <header><a href="#home">Home</a> <a href="#services">Services</a></header>
      <main><h1>Services</h1><p>Content</p></main>
    </div>
  `);
  const skip = root.querySelector('qulay-skip-link') as QulaySkipLink;
  await skip.updateComplete;
  return { root, skip, link: skip.shadowRoot!.querySelector('a')!, main: root.querySelector('main')! };
}

/** The element that has focus, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function focusFromStart() {
  (document.activeElement as HTMLElement | null)?.blur();
  await sendKeys({ press: 'Tab' });
}

describe('<qulay-skip-link>', () => {
  afterEach(async () => {
    await resetPage();
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a link named "Skip to main content" for screen readers', async () => {
    const { skip } = await page();
    expect(await findAccessible('link', 'Skip to main content'), 'link in the accessibility tree').to.exist;
    expect(skip.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#main');
  });

  it('is the first tab stop and becomes visible when focused', async () => {
    const { link } = await page();
    expect(link.getBoundingClientRect().width, 'hidden before focus').to.be.at.most(1);
    await focusFromStart();
    expect(deepActiveElement()).to.equal(link);
    const box = link.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(100);
    expect(box.height).to.be.at.least(44);
    expect(box.top).to.be.at.least(0);
    expect(box.left).to.be.at.least(0);
    expect(getComputedStyle(link).clipPath).to.equal('none');
  });

  it('moves focus to <main> with Enter, with a temporary tabindex="-1"', async () => {
    const { main } = await page();
    await focusFromStart();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expect(main.hasAttribute('tabindex'), 'tabindex removed after focus leaves').to.equal(false);
  });

  it('after skipping, the next Tab goes to the first link inside the main content', async () => {
    const { root } = await page();
    root.querySelector('main')!.insertAdjacentHTML('beforeend', '<a href="#apply">Apply</a>');
    await focusFromStart();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.textContent).to.equal('Apply');
  });

  it('moves focus on a mouse click too, without changing the URL', async () => {
    const { link, main } = await page();
    const url = location.href;
    link.click();
    expect(document.activeElement).to.equal(main);
    expect(location.href).to.equal(url);
  });

  it('targets an element by id', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div><qulay-skip-link for="content"></qulay-skip-link><div id="content">Here</div></div>
    `);
    const skip = root.querySelector('qulay-skip-link')!;
    await skip.updateComplete;
    expect(skip.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#content');
    skip.shadowRoot!.querySelector('a')!.click();
    expect(document.activeElement?.id).to.equal('content');
  });

  it('targets an element by CSS selector', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div><qulay-skip-link for=".page section"></qulay-skip-link><div class="page"><section>S</section></div></div>
    `);
    const skip = root.querySelector('qulay-skip-link')!;
    await skip.updateComplete;
    skip.shadowRoot!.querySelector('a')!.click();
    expect(document.activeElement?.localName).to.equal('section');
  });

  it('keeps a target\'s own tabindex', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div><qulay-skip-link for="content"></qulay-skip-link><div id="content" tabindex="0">Here</div></div>
    `);
    const skip = root.querySelector('qulay-skip-link')!;
    await skip.updateComplete;
    skip.shadowRoot!.querySelector('a')!.click();
    (document.activeElement as HTMLElement).blur();
    expect(root.querySelector('#content')!.getAttribute('tabindex')).to.equal('0');
  });

  it('warns once and falls back to <main> when the target does not exist', async () => {
    let parts!: Awaited<ReturnType<typeof page>>;
    const warnings = await captureWarnings(async () => {
      parts = await page('nowhere');
      await new Promise((resolve) => setTimeout(resolve));
      parts.link.click();
      parts.link.click();
    });
    expect(document.activeElement).to.equal(parts.main);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<qulay-skip-link>');
    expect(warnings[0]).to.contain('for="nowhere"');
    expect(warnings[0]).to.contain('accepted:');
  });

  it('does not throw on an invalid selector or a page with no main content', async () => {
    let skip!: QulaySkipLink;
    let link!: HTMLAnchorElement;
    const warnings = await captureWarnings(async () => {
      const root = await fixture<HTMLDivElement>(html`<div><qulay-skip-link for="[[["></qulay-skip-link><p>Text</p></div>`);
      skip = root.querySelector('qulay-skip-link') as QulaySkipLink;
      await skip.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      link = skip.shadowRoot!.querySelector('a')!;
      link.click();
    });
    expect(link.getAttribute('href')).to.equal('#');
    expect(warnings.join('\n')).to.contain('does nothing');
    expect(skip.shadowRoot!.textContent).to.contain('Skip to main content');
  });

  it('warns when something focusable comes before it', async () => {
    const warnings = await captureWarnings(async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div><a href="#x">Logo</a><qulay-skip-link></qulay-skip-link><main></main></div>`,
      );
      await root.querySelector('qulay-skip-link')!.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(warnings.some((w) => w.includes('first focusable element') && w.includes('<a>'))).to.equal(true);
  });

  describe('the 0.1 attribute target, renamed for', () => {
    it('still works with the old attribute, with one warning naming both names', async () => {
      let parts!: { root: HTMLDivElement; skip: QulaySkipLink };
      const warnings = await captureWarnings(async () => {
        const root = await fixture<HTMLDivElement>(html`<div><qulay-skip-link target="content"></qulay-skip-link><div id="content">Here</div></div>`);
        parts = { root, skip: root.querySelector('qulay-skip-link') as QulaySkipLink };
        await parts.skip.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        parts.skip.remove();
        parts.root.prepend(parts.skip);
        await new Promise((resolve) => setTimeout(resolve));
      });
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain('<qulay-skip-link>').and.to.contain('target').and.to.contain('for').and.to.contain('0.3');
      expect(parts.skip.for).to.equal('content');
      expect(parts.skip.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#content');
      parts.skip.shadowRoot!.querySelector('a')!.click();
      expect(document.activeElement).to.equal(parts.root.querySelector('#content'));
    });

    it('lets for win when both are present', async () => {
      let skip!: QulaySkipLink;
      const warnings = await captureWarnings(async () => {
        const root = await fixture<HTMLDivElement>(html`<div><qulay-skip-link target="old" for="content"></qulay-skip-link><div id="content">Here</div></div>`);
        skip = root.querySelector('qulay-skip-link') as QulaySkipLink;
        await skip.updateComplete;
      });
      expect(skip.for).to.equal('content');
      expect(warnings.filter((w) => w.includes('renamed'))).to.have.length(1);
    });

    it('works with the new property, as React 19 and Vue 3 set it, and the old property warns once and still works', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><qulay-skip-link></qulay-skip-link><div id="a">A</div><div id="b">B</div></div>`);
      const skip = root.querySelector('qulay-skip-link') as QulaySkipLink;
      const warnings = await captureWarnings(async () => {
        skip.for = 'a';
        await skip.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(skip.getAttribute('for'), 'reflected').to.equal('a');
      expect(skip.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#a');
      const oldWarnings = await captureWarnings(async () => {
        skip.target = 'b';
        skip.target = 'b';
        await skip.updateComplete;
      });
      expect(oldWarnings).to.have.length(1);
      expect(oldWarnings[0]).to.contain('renamed for');
      expect(skip.target).to.equal('b');
      expect(skip.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#b');
    });
  });

  it('fires a cancelable qulay-skip event, so an app can move focus itself', async () => {
    const { skip, link, main } = await page();
    let detail: { target: HTMLElement } | undefined;
    skip.addEventListener('qulay-skip', (event) => {
      detail = event.detail;
      event.preventDefault();
    });
    link.focus();
    link.click();
    expect(detail?.target).to.equal(main);
    expect(document.activeElement).to.not.equal(main);
  });

  it('lets the agency replace the text through the default slot', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><qulay-skip-link>Go to the form</qulay-skip-link><main></main></div>`);
    await root.querySelector('qulay-skip-link')!.updateComplete;
    expect(await findAccessible('link', 'Go to the form')).to.exist;
  });

  describe('in every language', () => {
    for (const lang of languages) {
      it(`reads "${names[lang]}" in ${lang} and passes axe`, async () => {
        await setLanguage(lang);
        const { skip, link } = await page();
        await skip.updateComplete;
        expect(link.textContent!.trim()).to.equal(names[lang]);
        await focusFromStart();
        await expect(skip.parentElement).to.be.accessible();
      });
    }
  });

  describe('in every mode', () => {
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe when focused, in ${mode} mode`, async () => {
        setMode(attributes);
        const { skip } = await page();
        await focusFromStart();
        await expect(skip.parentElement).to.be.accessible();
      });
    }

    it('grows with large and x-large text', async () => {
      const { link } = await page();
      await focusFromStart();
      const base = parseFloat(getComputedStyle(link).fontSize);
      setMode({ 'data-qulay-text': 'large' });
      expect(parseFloat(getComputedStyle(link).fontSize)).to.be.closeTo(base * 1.25, 0.01);
      setMode({ 'data-qulay-text': 'x-large' });
      expect(parseFloat(getComputedStyle(link).fontSize)).to.be.closeTo(base * 1.6, 0.01);
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('fits a 320 px wide screen in x-large text, wrapping instead of scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      setMode({ 'data-qulay-text': 'x-large' });
      await setLanguage('ru');
      const { link } = await page();
      await focusFromStart();
      const box = link.getBoundingClientRect();
      expect(box.right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('uses 7:1 colours and a thick focus ring in high contrast', async () => {
      setMode({ 'data-qulay-contrast': 'high' });
      const { link } = await page();
      await focusFromStart();
      const style = getComputedStyle(link);
      expect(contrastRatio(style.color, style.backgroundColor)).to.be.at.least(7);
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      expect(style.textDecorationLine).to.contain('underline');
    });

    it('uses system colours under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { link } = await page();
      await focusFromStart();
      const style = getComputedStyle(link);
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.outlineStyle).to.equal('solid');
    });
  });
});
