import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { announcements } from '@qulay/core';
import '@qulay/elements/define/qulay-service-catalog.js';
import type { QulayServiceCatalog } from '@qulay/elements';
import { captureWarnings, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';

const { services } = (await (await fetch('/test/fixtures/services.json')).json()) as { services: Array<Record<string, unknown>> };

/** The portal's size: 775 services, made from the ten fixtures. */
export function manyServices(count = 775) {
  return Array.from({ length: count }, (_, i) => {
    const base = services[i % services.length];
    return { ...base, id: `${base.id}-${i}`, popularity: count - i, href: `/services/${base.id}-${i}` };
  });
}

async function catalog(template = html`<qulay-service-catalog service-href="/services/{id}" .services=${services}></qulay-service-catalog>`) {
  const root = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const element = root.querySelector('qulay-service-catalog') as QulayServiceCatalog;
  await element.updateComplete;
  await settle(element);
  return { root, element, search: element.querySelector<HTMLInputElement>('input[type="search"]')! };
}

async function settle(element: QulayServiceCatalog) {
  await element.updateComplete;
  await Promise.all([...element.querySelectorAll('qulay-service-card')].map((card) => card.updateComplete));
}

const titles = (element: QulayServiceCatalog) => [...element.querySelectorAll('[slot="title"]')].map((t) => t.textContent);

async function type(element: QulayServiceCatalog, input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await settle(element);
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<qulay-service-catalog>', () => {
  afterEach(async () => {
    await resetPage();
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname);
  });

  it('shows the services as cards in light DOM, most used first, with a count', async () => {
    await setLanguage('uz-Latn');
    const { element, root } = await catalog();
    expect(element.querySelectorAll('qulay-service-card')).to.have.length(10);
    expect(titles(element)[0]).to.equal('Doimiy yashash joyi toʻgʻrisida maʼlumotnoma');
    expect(element.querySelector('.count')!.textContent).to.equal('10 ta xizmat topildi');
    expect(root.innerText).to.contain('Sudlanganlik (sudlanmaganlik)');
    expect(root.innerText).to.contain('206\u00a0000\u00a0soʻm');
    expect(await findAccessible('search', 'Xizmatlarni qidirish')).to.exist;
    expect(await findAccessible('list', 'Xizmatlar')).to.exist;
  });

  for (const query of ['oqish', "o'qish", 'o‘qish', 'ўқиш', 'OʻQISH']) {
    it(`finds "Oʻqish joyidan maʼlumotnoma" for "${query}"`, async () => {
      await setLanguage('uz-Latn');
      const { element, search } = await catalog();
      await type(element, search, query);
      expect(titles(element)).to.deep.equal(['Oʻqish joyidan maʼlumotnoma']);
    });
  }

  it('finds services by agency, in another language than the page', async () => {
    const { element, search } = await catalog();
    await type(element, search, 'soliq');
    expect(titles(element)).to.have.members(['Certificate of no tax arrears', 'Salary certificate', 'Self-employed registration']);
    await type(element, search, 'налоговый');
    expect(titles(element)).to.have.length(3);
  });

  it('announces the result count politely after typing stops, once', async () => {
    const { element, search } = await catalog();
    await type(element, search, 'cert');
    expect(announcements().polite).to.not.contain('found');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(announcements().polite).to.equal(`${titles(element).length} services found`);
  });

  it('gives a helpful empty result and a way back', async () => {
    const { element, search } = await catalog();
    await type(element, search, 'zzzz');
    expect(element.querySelector('.empty')!.textContent).to.contain('No services match your search.');
    (element.querySelector('.clear-all') as HTMLButtonElement).click();
    await settle(element);
    expect(titles(element)).to.have.length(10);
    expect(document.activeElement).to.equal(search);
  });

  it('filters by audience, channel, free and proactive, and sorts by rating and by Uzbek name', async () => {
    await setLanguage('uz-Latn');
    const { element } = await catalog();
    const select = (name: string, value: string) => {
      const el = element.querySelector<HTMLSelectElement>(`select[id$="-${name}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event('change'));
    };
    select('type', 'g2b');
    await settle(element);
    expect(titles(element)).to.deep.equal(['Oʻzini oʻzi band qilgan shaxs sifatida roʻyxatdan oʻtish']);
    select('type', '');
    select('channel', 'office');
    await settle(element);
    expect(titles(element)).to.have.length(4);
    select('channel', '');
    const [free, proactive] = element.querySelectorAll<HTMLInputElement>('.check input');
    proactive.click();
    await settle(element);
    expect(titles(element)).to.deep.equal(['Yoshga doir pensiya tayinlash']);
    proactive.click();
    free.click();
    await settle(element);
    expect(titles(element)).to.not.include('Avtotransport vositasini boshqarish uchun ishonchnoma');
    free.click();
    select('sort', 'rating');
    await settle(element);
    expect(titles(element)[0]).to.equal('Oʻzini oʻzi band qilgan shaxs sifatida roʻyxatdan oʻtish');
    select('sort', 'name');
    await settle(element);
    const names = titles(element);
    expect(names[0]).to.equal('Avtotransport vositasini boshqarish uchun ishonchnoma');
    // oʻ sorts after z: "Oʻqish…" and "Oʻzini…" come last.
    expect(names.slice(-2)).to.deep.equal(['Oʻqish joyidan maʼlumotnoma', 'Oʻzini oʻzi band qilgan shaxs sifatida roʻyxatdan oʻtish']);
  });

  it('keyboard: search, clear, filters, results, and "Show more" keeps the user\'s place', async () => {
    const { element, search } = await catalog(html`<qulay-service-catalog .services=${manyServices(30)} page-size="12"></qulay-service-catalog>`);
    search.focus();
    await sendKeys({ type: 'cert' });
    await settle(element);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent).to.equal('Clear search');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(document.activeElement).to.equal(search);
    for (const expected of ['select', 'select', 'select', 'input', 'input']) {
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.localName).to.equal(expected);
    }
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('link');
    const more = element.querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent!.trim()).to.equal('Show more services (18 left)');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.querySelectorAll('qulay-service-card')).to.have.length(24);
    const thirteenth = element.querySelectorAll('qulay-service-card')[12];
    expect(deepActive()).to.equal(thirteenth.shadowRoot!.querySelector('[part="link"]'));
  });

  it('loads from src, and shows a localized error with a working Retry when the load fails', async () => {
    await setLanguage('ru');
    const original = window.fetch;
    let calls = 0;
    window.fetch = async (input, init) => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return original(input, init);
    };
    try {
      const { element } = await catalog(html`<qulay-service-catalog src="/test/fixtures/services.json"></qulay-service-catalog>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(element);
      const error = element.querySelector('[role="alert"]')!;
      expect(error.textContent).to.contain('Не удалось загрузить список услуг');
      (element.querySelector('.retry') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settle(element);
      expect(element.querySelectorAll('qulay-service-card')).to.have.length(10);
      expect(titles(element)).to.include('Справка с места учёбы');
    } finally {
      window.fetch = original;
    }
  });

  it('shows an error for a 404, too', async () => {
    const { element } = await catalog(html`<qulay-service-catalog src="/no-such-file.json"></qulay-service-catalog>`);
    // Waits for the answer (up to 2 s: a busy machine can take longer than 100 ms for a 404).
    for (let i = 0; i < 40 && !element.querySelector('[role="alert"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await element.updateComplete;
    }
    expect(element.querySelector('[role="alert"]')).to.exist;
  });

  it('skips bad entries with one warning each and shows the rest', async () => {
    const bad = [services[0], { name: { en: 'No id' } }, { id: 'no-name' }, 'text', services[0], { ...services[1], rating: { avg: 9 } }];
    let element!: QulayServiceCatalog;
    const warnings = await captureWarnings(async () => {
      ({ element } = await catalog(html`<qulay-service-catalog .services=${bad}></qulay-service-catalog>`));
    });
    expect(warnings).to.deep.equal([
      '<qulay-service-catalog>: services[1] is skipped: it has no "id".',
      '<qulay-service-catalog>: services[2] is skipped: it has no "name".',
      '<qulay-service-catalog>: services[3] is skipped: it is not an object.',
      '<qulay-service-catalog>: services[4] is skipped: the id "tax-debt-certificate" is used twice.',
    ]);
    expect(titles(element)).to.have.length(2);
  });

  it('warns once, in the kit\'s one wording, for a service-href or an entry href that is not an http(s) or relative URL', async () => {
    const list = [{ ...services[0], href: 'javascript:alert(1)' }, services[1], services[2]];
    let element!: QulayServiceCatalog;
    const warnings = await captureWarnings(async () => {
      ({ element } = await catalog(html`<qulay-service-catalog service-href="javascript:go('{id}')" .services=${list}></qulay-service-catalog>`));
      element.requestUpdate();
      await settle(element);
    });
    expect(warnings).to.deep.equal([
      '<qulay-service-catalog>: services[0].href="javascript:alert(1)" is not valid; accepted: an http(s) or relative URL. Using service-href.',
      '<qulay-service-catalog>: service-href="javascript:go(\'{id}\')" is not valid; accepted: an http(s) or relative URL. Using no link.',
    ]);
    for (const card of element.querySelectorAll('qulay-service-card')) expect(card.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('warns once and links no card for a service-href without {id}, which would send every card to one page', async () => {
    let element!: QulayServiceCatalog;
    const warnings = await captureWarnings(async () => {
      ({ element } = await catalog(html`<qulay-service-catalog service-href="/services/" .services=${services}></qulay-service-catalog>`));
      element.requestUpdate();
      await settle(element);
    });
    expect(warnings).to.deep.equal([
      '<qulay-service-catalog>: service-href="/services/" is not valid; accepted: a URL with {id} where the service id goes. Using no link.',
    ]);
    const cards = [...element.querySelectorAll('qulay-service-card')];
    expect(cards.length).to.be.greaterThan(1);
    for (const card of cards) expect(card.hasAttribute('href'), card.textContent!).to.equal(false);
  });

  describe('heading-level, a Number property read the one way', () => {
    it('gives its cards the level, from the attribute or the property', async () => {
      const { element } = await catalog(html`<qulay-service-catalog heading-level="4" .services=${services.slice(0, 2)}></qulay-service-catalog>`);
      expect(element.headingLevel).to.equal(4);
      const card = element.querySelector('qulay-service-card')!;
      expect(card.headingLevel).to.equal(4);
      expect(card.shadowRoot!.querySelector('h4')).to.exist;
      element.headingLevel = 2;
      await settle(element);
      expect(element.querySelector('qulay-service-card')!.shadowRoot!.querySelector('h2')).to.exist;
    });

    it('warns once in the kit\'s one wording for a bad level, and its cards use 3 with no warning of their own', async () => {
      let element!: QulayServiceCatalog;
      const warnings = await captureWarnings(async () => {
        ({ element } = await catalog(html`<qulay-service-catalog heading-level="seven" .services=${services.slice(0, 3)}></qulay-service-catalog>`));
        element.requestUpdate();
        await settle(element);
      });
      expect(warnings).to.deep.equal(['<qulay-service-catalog>: heading-level="seven" is not valid; accepted: 2, 3, 4, 5 or 6. Using 3.']);
      expect(element.querySelector('qulay-service-card')!.shadowRoot!.querySelector('h3')).to.exist;
    });
  });

  it('keeps the search in the URL with sync-url, and Back restores it', async () => {
    const { element, search } = await catalog(html`<qulay-service-catalog sync-url .services=${services}></qulay-service-catalog>`);
    await type(element, search, 'pension');
    expect(new URLSearchParams(location.search).get('q')).to.equal('pension');
    const proactive = element.querySelectorAll<HTMLInputElement>('.check input')[1];
    proactive.click();
    await settle(element);
    expect(location.search).to.contain('proactive=1');
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await settle(element);
    expect(element.querySelectorAll<HTMLInputElement>('.check input')[1].checked).to.equal(false);
    expect(search.value).to.equal('pension');
  });

  it('opens a shared link with sync-url: the query, each filter and the order show in their controls', async () => {
    history.replaceState(null, '', `${location.pathname}?q=pensiya&type=g2c&channel=office&proactive=1&sort=name`);
    const { element, search } = await catalog(html`<qulay-service-catalog sync-url .services=${services}></qulay-service-catalog>`);
    expect(search.value).to.equal('pensiya');
    expect([...element.querySelectorAll('select')].map((select) => select.value)).to.deep.equal(['g2c', 'office', 'name']);
    expect([...element.querySelectorAll<HTMLInputElement>('.check input')].map((input) => input.checked)).to.deep.equal([false, true]);
    expect(titles(element)).to.deep.equal(['Old-age pension assignment']);
  });

  it('filters 775 services per keystroke and renders only the first page', async () => {
    const { element, search } = await catalog(html`<qulay-service-catalog .services=${manyServices()}></qulay-service-catalog>`);
    expect(element.querySelectorAll('qulay-service-card')).to.have.length(12);
    await type(element, search, 'pensiya');
    expect(element.querySelector('.count')!.textContent).to.equal('77 services found');
  });

  describe('in every language and mode', () => {
    for (const lang of languages) {
      it(`passes axe in ${lang}, with service names in that language where the data has them`, async () => {
        await setLanguage(lang);
        const { root, element } = await catalog();
        const expected: Record<string, string> = {
          en: 'Criminal record certificate',
          'uz-Latn': 'Sudlanganlik (sudlanmaganlik) toʻgʻrisida maʼlumotnoma',
          'uz-Cyrl': 'Судланганлик (судланмаганлик) тўғрисида маълумотнома',
          'kaa-Latn': 'Sudlanǵanlıq (sudlanbaǵanlıq) haqqında maǵlıwmatnama',
          ru: 'Справка о наличии (отсутствии) судимости',
        };
        expect(titles(element)).to.include(expected[lang]);
        await expect(root).to.be.accessible();
      });
    }
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe in ${mode} mode`, async () => {
        setMode(attributes);
        const { root } = await catalog();
        await expect(root).to.be.accessible();
      });
    }
    it('reflows at 320 px in x-large text', async () => {
      await setViewport({ width: 320, height: 700 });
      setMode({ 'data-qulay-text': 'x-large' });
      const { element } = await catalog();
      const wide = [...element.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > 320).map((el) => `${el.localName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
      expect(wide, wide.join(', ')).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});
