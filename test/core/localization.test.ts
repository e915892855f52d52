import { expect, fixture, html } from '@open-wc/testing';
import { activeLocale, localeReady, pageLocale } from '@qulay/core';
import '@qulay/elements/define/qulay-skip-link.js';
import { captureWarnings, setLanguage } from '../helpers.js';

const texts = {
  en: 'Skip to main content',
  'uz-Latn': 'Asosiy mazmunga oʻtish',
  'uz-Cyrl': 'Асосий мазмунга ўтиш',
  'kaa-Latn': 'Tiykarǵı mazmunǵa ótiw',
  ru: 'Перейти к основному содержанию',
};

async function linkText(): Promise<string> {
  const page = await fixture(html`<div><qulay-skip-link></qulay-skip-link><main></main></div>`);
  const link = page.querySelector('qulay-skip-link')!;
  await (link as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return (link.shadowRoot!.querySelector('a')!.textContent ?? '').trim();
}

describe('localization', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('follows <html lang> as it changes, with no reload', async () => {
    const page = await fixture(html`<div><qulay-skip-link></qulay-skip-link><main></main></div>`);
    const link = page.querySelector('qulay-skip-link')!;
    for (const [lang, text] of Object.entries(texts)) {
      document.documentElement.lang = lang;
      await localeReady(pageLocale());
      await (link as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(link.shadowRoot!.querySelector('a')!.textContent!.trim(), lang).to.equal(text);
    }
  });

  it('resolves the aliases uz, uz-UZ, oz, kaa and ru-RU', async () => {
    const expected: Record<string, string> = {
      uz: texts['uz-Latn'],
      'uz-UZ': texts['uz-Latn'],
      oz: texts['uz-Latn'],
      kaa: texts['kaa-Latn'],
      'ru-RU': texts.ru,
    };
    for (const [alias, text] of Object.entries(expected)) {
      await setLanguage(alias);
      expect(await linkText(), alias).to.equal(text);
    }
  });

  it('prefers data-qulay-lang over lang, so page translation cannot confuse it', async () => {
    await setLanguage('uz-Latn');
    document.documentElement.setAttribute('data-qulay-lang', 'ru');
    document.documentElement.lang = 'de';
    await localeReady('ru');
    expect(activeLocale()).to.equal('ru');
    expect(await linkText()).to.equal(texts.ru);
    document.documentElement.removeAttribute('data-qulay-lang');
  });

  it('falls back to English with one warning for an unsupported language', async () => {
    await setLanguage('ru');
    const warnings = await captureWarnings(async () => {
      document.documentElement.lang = 'fr';
      await localeReady('en');
      document.documentElement.lang = 'fr-FR';
      await localeReady('en');
      pageLocale();
    });
    expect(activeLocale()).to.equal('en');
    expect(await linkText()).to.equal(texts.en);
    const about = warnings.filter((w) => w.includes('"fr"'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('not supported');
    expect(about[0]).to.contain('uz-Latn');
  });
});
