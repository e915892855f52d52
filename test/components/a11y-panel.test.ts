import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { announcements, getPreferences, preferencesStorageKey, useSpeechSynthesis } from '@qulay/core';
import '@qulay/elements/define/qulay-a11y-panel.js';
import type { QulayA11yPanel } from '@qulay/elements';
import { installFakeSpeech, tick } from '../fake-speech.js';
import { accessibilityTree, captureWarnings, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';

const toggleNames: Record<string, string> = {
  en: 'Accessibility',
  'uz-Latn': 'Maxsus imkoniyatlar',
  'uz-Cyrl': 'Махсус имкониятлар',
  'kaa-Latn': 'Arnawlı múmkinshilikler',
  ru: 'Специальные возможности',
};

async function panel(attributes = html`<qulay-a11y-panel></qulay-a11y-panel>`) {
  const root = await fixture<HTMLDivElement>(html`<div>${attributes}<main><p>Main text.</p></main></div>`);
  const element = root.querySelector('qulay-a11y-panel') as QulayA11yPanel;
  await element.updateComplete;
  const $ = <T extends Element>(selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
  return { root, element, $, toggle: $<HTMLButtonElement>('[part="toggle"]') };
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<qulay-a11y-panel>', () => {
  afterEach(async () => {
    getPreferences().reset();
    localStorage.clear();
    useSpeechSynthesis(null);
    await resetPage();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('is a disclosure button with aria-expanded that shows and hides the panel', async () => {
    const { element, toggle, $ } = await panel();
    expect(await findAccessible('button', 'Accessibility')).to.exist;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($('[part="panel"]').checkVisibility()).to.equal(false);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($('[part="panel"]').checkVisibility()).to.equal(true);
    expect(await findAccessible('region', 'Accessibility settings')).to.exist;
    expect((await findAccessible('radio', 'Standard'))?.states.checked).to.equal('true');
    expect((await findAccessible('radio', 'Large'))?.states.checked).to.equal('false');
  });

  it('names each switch by its label and describes it by its hint, each said once', async () => {
    const { element, toggle } = await panel();
    toggle.click();
    await element.updateComplete;
    const contrast = await findAccessible('checkbox', /contrast/i);
    expect(contrast?.name).to.equal('High contrast');
    expect(contrast?.description).to.be.a('string').and.not.equal('');
    expect(contrast?.name).not.to.contain(contrast!.description);
    for (const node of (await accessibilityTree()).filter((n) => n.role === 'checkbox')) {
      expect(node.description, node.name).not.to.equal('');
      expect(node.name, node.name).not.to.contain(node.description);
    }
  });

  it('works with the keyboard alone: open, choose, close with Escape, focus returns', async () => {
    const { element, toggle } = await panel();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLInputElement).value).to.equal('default');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(document.documentElement.getAttribute('data-qulay-text')).to.equal('large');
    await sendKeys({ press: 'ArrowRight' });
    expect(document.documentElement.getAttribute('data-qulay-text')).to.equal('x-large');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('contrast');
    await sendKeys({ press: 'Space' });
    expect(document.documentElement.getAttribute('data-qulay-contrast')).to.equal('high');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(document.documentElement.getAttribute('data-qulay-motion')).to.equal('reduce');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(document.documentElement.getAttribute('data-qulay-simplified')).to.equal('on');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(document.documentElement.getAttribute('data-qulay-reader')).to.equal('on');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(document.documentElement.getAttribute('data-qulay-read-aloud')).to.equal('on');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.open).to.equal(false);
    expect(deepActive()).to.equal(toggle);
    expect(JSON.parse(localStorage.getItem(preferencesStorageKey)!)).to.deep.equal({
      text: 'x-large',
      contrast: 'high',
      motion: 'reduce',
      simplified: true,
      reader: true,
      readAloud: true,
    });
  });

  it('resets every choice and says so', async () => {
    getPreferences().set({ text: 'large', contrast: 'high', simplified: true });
    const { element, $ } = await panel();
    element.open = true;
    await element.updateComplete;
    const reset = [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Reset'))!;
    reset.click();
    await element.updateComplete;
    expect(document.documentElement.hasAttribute('data-qulay-text')).to.equal(false);
    expect($<HTMLInputElement>('#contrast').checked).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(announcements().polite).to.contain('defaults');
  });

  it('follows changes made elsewhere (another panel, another tab, the page)', async () => {
    const { element, $ } = await panel();
    getPreferences().set({ contrast: 'high' });
    await element.updateComplete;
    expect($<HTMLInputElement>('#contrast').checked).to.equal(true);
  });

  it('shows a system setting as on and explains why', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { element, $ } = await panel();
    element.open = true;
    await element.updateComplete;
    const motion = $<HTMLInputElement>('#motion');
    expect(motion.checked).to.equal(true);
    expect(motion.disabled).to.equal(true);
    expect($('#motion-hint').textContent).to.contain('device settings');
  });

  it('fits 320 px in x-large text with no horizontal scrolling, and keeps 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    setMode({ 'data-qulay-text': 'x-large', 'data-qulay-read-aloud': 'on' });
    getPreferences().set({ text: 'x-large', readAloud: true });
    await setLanguage('ru');
    const { element } = await panel(html`<qulay-a11y-panel
      placement="top-bar"
      languages=${JSON.stringify([{ lang: 'uz-Latn', href: '?lang=uz-Latn', label: 'Oʻzbekcha' }, { lang: 'ru', href: '?lang=ru', label: 'Русский' }])}
    ></qulay-a11y-panel>`);
    element.open = true;
    await element.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const targets = element.shadowRoot!.querySelectorAll<HTMLElement>('button, label.choice, .languages a, input[type="range"]');
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!.trim()).to.be.at.least(44);
      expect(box.right, target.textContent!.trim()).to.be.at.most(320);
    }
  });

  for (const lang of languages) {
    for (const placement of ['inline', 'top-bar']) {
      it(`fits 320 px in x-large text in ${lang}, ${placement}, closed and open, with every word on screen`, async () => {
        await setViewport({ width: 320, height: 640 });
        setMode({ 'data-qulay-text': 'x-large' });
        getPreferences().set({ text: 'x-large' });
        await setLanguage(lang);
        // As agencies place it: a flex item of a padded header, beside the site's own links.
        const header = await fixture<HTMLElement>(html`<header style="display: flex; flex-wrap: wrap; gap: 1rem; padding: 0 1rem">
          <a href="/">Agency portal</a>
          <qulay-a11y-panel
            placement=${placement}
            languages=${JSON.stringify([{ lang: 'kaa-Latn', href: '?lang=kaa', label: 'Qaraqalpaqsha' }, { lang: 'uz-Cyrl', href: '?lang=uz-Cyrl', label: 'Ўзбекча' }])}
          ></qulay-a11y-panel>
        </header>`);
        const element = header.querySelector('qulay-a11y-panel')!;
        await element.updateComplete;
        for (const open of [false, true]) {
          element.open = open;
          await element.updateComplete;
          expect(document.documentElement.scrollWidth, `${open ? 'open' : 'closed'}: page width`).to.be.at.most(320);
          for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('button, a, label, legend, p')) {
            if (!node.checkVisibility()) continue;
            expect(node.getBoundingClientRect().right, `${open ? 'open' : 'closed'}: "${node.textContent!.trim()}"`).to.be.at.most(320);
          }
        }
      });
    }
  }

  it('offers a language switch of links with lang, hreflang and aria-current, never flags', async () => {
    await setLanguage('uz-Latn');
    const list = [
      { lang: 'uz-Latn', href: '/?lang=uz-Latn', label: 'Oʻzbekcha' },
      { lang: 'ru', href: '/?lang=ru', label: 'Русский' },
      { lang: 'en', href: 'javascript:alert(1)', label: 'English' },
    ];
    let links!: NodeListOf<HTMLAnchorElement>;
    const warnings = await captureWarnings(async () => {
      const { element } = await panel(html`<qulay-a11y-panel languages=${JSON.stringify(list)}></qulay-a11y-panel>`);
      links = element.shadowRoot!.querySelectorAll('nav a');
    });
    expect([...links].map((a) => [a.textContent, a.lang, a.hreflang, a.getAttribute('aria-current')])).to.deep.equal([
      ['Oʻzbekcha', 'uz-Latn', 'uz-Latn', 'page'],
      ['Русский', 'ru', 'ru', null],
    ]);
    expect(warnings.join('\n')).to.contain('http(s) or relative "href"');
    expect(await findAccessible('navigation', 'Til')).to.exist;
  });

  describe('languages: one property, parsed from its JSON attribute', () => {
    const list = [
      { lang: 'uz-Latn', href: '/?lang=uz-Latn', label: 'Oʻzbekcha' },
      { lang: 'ru', href: '/?lang=ru', label: 'Русский' },
    ];
    const labels = (element: QulayA11yPanel) => [...element.shadowRoot!.querySelectorAll('nav a')].map((a) => a.textContent);

    it('takes an array set as the property, as React 19 and Vue 3 do (el.languages = [...])', async () => {
      const { element } = await panel();
      const warnings = await captureWarnings(async () => {
        element.languages = list;
        await element.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(labels(element)).to.deep.equal(['Oʻzbekcha', 'Русский']);
      expect(element.languages).to.equal(list);
    });

    it('parses the attribute into the same property, and follows a later attribute change', async () => {
      const { element } = await panel(html`<qulay-a11y-panel languages=${JSON.stringify(list)}></qulay-a11y-panel>`);
      expect(element.languages).to.deep.equal(list);
      expect(labels(element)).to.deep.equal(['Oʻzbekcha', 'Русский']);
      element.setAttribute('languages', JSON.stringify(list.slice(1)));
      await element.updateComplete;
      expect(element.languages).to.deep.equal(list.slice(1));
      expect(labels(element)).to.deep.equal(['Русский']);
      element.removeAttribute('languages');
      await element.updateComplete;
      expect(labels(element)).to.deep.equal([]);
    });

    it('has no languagesJson property any more', async () => {
      const { element } = await panel(html`<qulay-a11y-panel languages=${JSON.stringify(list)}></qulay-a11y-panel>`);
      expect('languagesJson' in element).to.equal(false);
    });

    it('warns once, with no language switch, for a property that is not an array, and still takes JSON text', async () => {
      const { element } = await panel();
      const warnings = await captureWarnings(async () => {
        (element as unknown as { languages: unknown }).languages = { lang: 'ru' };
        await element.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<qulay-a11y-panel>').and.to.contain('languages=').and.to.contain('accepted:');
      expect(labels(element)).to.deep.equal([]);
      (element as unknown as { languages: unknown }).languages = JSON.stringify(list);
      await element.updateComplete;
      expect(labels(element)).to.deep.equal(['Oʻzbekcha', 'Русский']);
    });
  });

  it('warns once and falls back on bad attributes', async () => {
    const warnings = await captureWarnings(async () => {
      const { element } = await panel(html`<qulay-a11y-panel placement="floating" languages="{oops"></qulay-a11y-panel>`);
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('placement="floating"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('languages='))).to.have.length(1);
  });

  it('reads the page aloud with the chosen speed', async () => {
    const speech = installFakeSpeech();
    getPreferences().set({ readAloud: true, speechRate: 0.75 });
    const { element } = await panel();
    element.open = true;
    await element.updateComplete;
    const read = [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Read this page'))!;
    read.click();
    await tick();
    await element.updateComplete;
    expect(speech.spoken.map((u) => [u.text, u.rate])).to.deep.equal([['Main text.', 0.75]]);
    expect(element.shadowRoot!.querySelector('.status')!.textContent).to.contain('Fake English');
    const slider = element.shadowRoot!.querySelector<HTMLInputElement>('#speech-rate')!;
    expect(slider.getAttribute('aria-valuetext')).to.equal('0.75×');
  });

  describe('in every language', () => {
    for (const lang of languages) {
      it(`is named "${toggleNames[lang]}" and passes axe open, in ${lang}`, async () => {
        await setLanguage(lang);
        const { root, element, toggle } = await panel();
        expect(toggle.textContent!.trim()).to.equal(toggleNames[lang]);
        element.open = true;
        await element.updateComplete;
        await expect(root).to.be.accessible();
      });
    }
  });

  describe('in every mode', () => {
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe open in ${mode} mode`, async () => {
        setMode(attributes);
        const { root, element } = await panel();
        element.open = true;
        await element.updateComplete;
        await expect(root).to.be.accessible();
      });
    }

    it('keeps boundaries visible under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { element, $ } = await panel();
      element.open = true;
      await element.updateComplete;
      expect(getComputedStyle($('[part="panel"]')).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($('[part="toggle"]')).borderTopStyle).to.equal('solid');
    });
  });
});
