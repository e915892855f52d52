import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { highlightNames, useSpeechSynthesis } from '@qulay/core';
import '@qulay/elements/define/qulay-service-card.js';
import type { QulayServiceCard } from '@qulay/elements';
import { installFakeSpeech, tick } from '../fake-speech.js';
import { accessibilityTree, captureWarnings, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';

const nb = '\u00a0';

async function card(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const element = root.querySelector('qulay-service-card') as QulayServiceCard;
  await element.updateComplete;
  return { root, element, shadow: element.shadowRoot! };
}

const fullCard = html`<qulay-service-card
  href="/services/criminal-record-certificate"
  category="g2c"
  fee-bhm-individual="0.5"
  term="P5D"
  term-working-days
  channels="web mobile office"
  rating="4.4"
  rating-count="5930"
>
  <span slot="title">Criminal record certificate</span>
  A certificate showing whether a person has a criminal record.
  <span slot="agency">Ministry of Internal Affairs Information Centre</span>
  <a slot="actions" href="/services/criminal-record-certificate#documents">Required documents</a>
</qulay-service-card>`;

describe('<qulay-service-card>', () => {
  afterEach(async () => {
    useSpeechSynthesis(null);
    await resetPage();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
  });

  it('is an article labelled by its heading, whose title is the one link', async () => {
    const { shadow } = await card(fullCard);
    const article = shadow.querySelector('article')!;
    expect(article.getAttribute('aria-labelledby')).to.equal('title');
    expect(shadow.querySelector('h3')).to.exist;
    expect(await findAccessible('article', 'Criminal record certificate')).to.exist;
    expect(await findAccessible('heading', 'Criminal record certificate')).to.exist;
    expect(await findAccessible('link', 'Criminal record certificate')).to.exist;
    expect(shadow.querySelectorAll('a')).to.have.length(1);
    // safeUrl() resolves the link against the page, so the href is absolute.
    expect(shadow.querySelector('a')!.href).to.equal(new URL('/services/criminal-record-certificate', location.href).href);
  });

  it('makes the whole card the click target of the link, without nesting interactive elements', async () => {
    const { element, shadow } = await card(fullCard);
    let followed = '';
    shadow.querySelector('a')!.addEventListener('click', (event) => {
      followed = (event.currentTarget as HTMLAnchorElement).href;
      event.preventDefault();
    });
    element.querySelector<HTMLElement>('[slot="agency"]')!.click();
    expect(followed).to.contain('/services/criminal-record-certificate');
    followed = '';
    const extra = element.querySelector<HTMLAnchorElement>('[slot="actions"]')!;
    extra.addEventListener('click', (event) => event.preventDefault());
    extra.click();
    expect(followed, 'an action link keeps its own target').to.equal('');
  });

  it('renders fee, term, channels and rating as a description list in light DOM', async () => {
    const { element, root } = await card(fullCard);
    const facts = element.querySelectorAll('[data-qulay-card] dl > div');
    const pairs = [...facts].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.replace(/[ \n\t]+/g, ' ').trim()]);
    expect(pairs).to.deep.equal([
      ['Fee for individuals', `0.5 BHM · UZS${nb}206,000`],
      ['Processing time', `5${nb}working days`],
      ['How to apply', 'Online, In the mobile app, At a public service centre'],
      ['Rating', `4.4 out of 5, 5,930 reviews`],
    ]);
    const text = root.innerText;
    for (const fact of ['For citizens', '206,000', 'working days', 'In the mobile app', '4.4 out of 5']) expect(text).to.contain(fact);
    const nodes = await accessibilityTree();
    expect(nodes.some((n) => n.role === 'term' && n.name === '' )|| nodes.some((n) => n.role === 'term')).to.equal(true);
    expect(nodes.some((n) => n.role === 'definition')).to.equal(true);
  });

  it('shows the rating as an image with a text alternative, not focusable', async () => {
    const { element } = await card(fullCard);
    const image = element.querySelector('[role="img"]')!;
    expect(image.getAttribute('aria-label')).to.equal('Rated 4.4 out of 5, 5,930 reviews');
    expect(await findAccessible('image', 'Rated 4.4 out of 5, 5,930 reviews')).to.exist;
    expect(image.querySelector('[tabindex]')).to.equal(null);
    const filled = element.querySelector<HTMLElement>('.stars-filled')!;
    expect(filled.style.width).to.equal('88%');
  });

  it('shows "Free" for a zero fee and hides absent fees', async () => {
    const { element } = await card(html`<qulay-service-card fee-individual="0" term="instant"><span slot="title">Salary certificate</span></qulay-service-card>`);
    const text = element.innerText;
    expect(text).to.contain('Free');
    expect(text).to.contain('Ready instantly');
    expect(text).to.not.contain('legal entities');
  });

  it('uses bhm-amount for BHM fees, and plain soʻm fees for legal entities', async () => {
    await setLanguage('uz-Latn');
    const { element } = await card(html`<qulay-service-card fee-bhm-individual="1" bhm-amount="375000" fee-legal="1500000"><span slot="title">T</span></qulay-service-card>`);
    const text = element.innerText;
    expect(text).to.contain(`1 BHM · 375${nb}000${nb}soʻm`);
    expect(text).to.contain('Yuridik shaxslar uchun toʻlov');
    expect(text).to.contain(`1${nb}500${nb}000${nb}soʻm`);
  });

  it('shows badges as text: category, proactive, composite, unavailable with its reason', async () => {
    const { element } = await card(html`<qulay-service-card category="g2b" proactive composite status="unavailable">
      <span slot="title">Register a business</span><span slot="reason">Maintenance until 18:00.</span>
    </qulay-service-card>`);
    const badges = [...element.querySelectorAll('[data-qulay-card="badges"] .badge')].map((b) => b.textContent);
    expect(badges).to.deep.equal(['Temporarily unavailable', 'For business', 'Proactive: no application needed', 'Several agencies, one application']);
    expect(element.querySelector<HTMLElement>('[slot="reason"]')!.checkVisibility()).to.equal(true);
  });

  describe('bad input', () => {
    const cases: Array<[string, ReturnType<typeof html>, string]> = [
      ['unknown category', html`<qulay-service-card category="g2x"><span slot="title">T</span></qulay-service-card>`, 'category="g2x"'],
      ['negative fee', html`<qulay-service-card fee-individual="-5"><span slot="title">T</span></qulay-service-card>`, 'fee-individual="-5"'],
      ['non-numeric fee', html`<qulay-service-card fee-legal="cheap"><span slot="title">T</span></qulay-service-card>`, 'fee-legal="cheap"'],
      ['rating above 5', html`<qulay-service-card rating="7"><span slot="title">T</span></qulay-service-card>`, 'rating="7"'],
      ['heading level 9', html`<qulay-service-card heading-level="9"><span slot="title">T</span></qulay-service-card>`, 'heading-level="9"'],
      ['javascript: link', html`<qulay-service-card href="javascript:alert(1)"><span slot="title">T</span></qulay-service-card>`, 'href="javascript:alert(1)"'],
      ['data: link', html`<qulay-service-card href="data:text/html,hi"><span slot="title">T</span></qulay-service-card>`, 'href="data:text/html,hi"'],
      ['bad term', html`<qulay-service-card term="soon"><span slot="title">T</span></qulay-service-card>`, 'term="soon"'],
      ['unknown channel', html`<qulay-service-card channels="web fax"><span slot="title">T</span></qulay-service-card>`, 'channels="fax"'],
      ['unknown status', html`<qulay-service-card status="maybe"><span slot="title">T</span></qulay-service-card>`, 'status="maybe"'],
    ];
    for (const [label, template, expected] of cases) {
      it(`${label}: one warning naming the element and the accepted values, and a card still shown`, async () => {
        let parts!: Awaited<ReturnType<typeof card>>;
        const warnings = await captureWarnings(async () => {
          parts = await card(template);
          parts.element.requestUpdate();
          await parts.element.updateComplete;
        });
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('<qulay-service-card>').and.to.contain(expected).and.to.contain('accepted:');
        expect(parts.shadow.querySelector('.title')!.textContent).to.equal('');
        expect(parts.element.getBoundingClientRect().height).to.be.greaterThan(20);
      });
    }

    it('clamps a rating above 5 to 5 and refuses a javascript: link', async () => {
      await captureWarnings(async () => {
        const { element, shadow } = await card(html`<qulay-service-card rating="7" href="javascript:alert(1)"><span slot="title">T</span></qulay-service-card>`);
        expect(element.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('5 out of 5');
        expect(shadow.querySelector('a')).to.equal(null);
      });
    });

    it('uses heading level 3 when the level is out of range, and the level given otherwise', async () => {
      await captureWarnings(async () => {
        expect((await card(html`<qulay-service-card heading-level="1"><span slot="title">T</span></qulay-service-card>`)).shadow.querySelector('h3')).to.exist;
      });
      expect((await card(html`<qulay-service-card heading-level="2"><span slot="title">T</span></qulay-service-card>`)).shadow.querySelector('h2')).to.exist;
    });
  });

  describe('numbers and the heading level are Number properties', () => {
    it('reads number attributes into numbers', async () => {
      const { element } = await card(fullCard);
      expect([element.feeBhmIndividual, element.rating, element.ratingCount]).to.deep.equal([0.5, 4.4, 5930]);
      expect(element.headingLevel).to.equal(undefined);
    });

    it('takes numbers set as properties, as React 19 and Vue 3 set them, with no warning', async () => {
      const { element, shadow } = await card(html`<qulay-service-card><span slot="title">Salary certificate</span></qulay-service-card>`);
      const warnings = await captureWarnings(async () => {
        element.feeIndividual = 0;
        element.rating = 4.5;
        element.ratingCount = 12;
        element.headingLevel = 4;
        await element.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(element.innerText).to.contain('Free');
      expect(element.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('Rated 4.5 out of 5, 12 reviews');
      expect(shadow.querySelector('h4')).to.exist;
    });

    it('leaves a line out for an empty number attribute, instead of reading it as 0 ("Free")', async () => {
      const { element } = await card(html`<qulay-service-card fee-individual="" rating=""><span slot="title">T</span></qulay-service-card>`);
      expect(element.feeIndividual).to.equal(undefined);
      expect(element.innerText).to.not.contain('Free');
      expect(element.querySelector('[role="img"]')).to.equal(null);
    });

    it('names the text it was given in the warning, not NaN', async () => {
      const warnings = await captureWarnings(async () => {
        const { element, shadow } = await card(html`<qulay-service-card heading-level="two" rating="many"><span slot="title">T</span></qulay-service-card>`);
        expect(shadow.querySelector('h3'), 'heading level falls back to 3').to.exist;
        expect(element.querySelector('[role="img"]')).to.equal(null);
      });
      expect(warnings.some((w) => w.includes('heading-level="two"') && w.includes('2, 3, 4, 5 or 6'))).to.equal(true);
      expect(warnings.some((w) => w.includes('rating="many"'))).to.equal(true);
      expect(warnings.join('\n')).to.not.contain('NaN');
    });
  });

  describe('modes', () => {
    it('adds a one-sentence summary in screen-reader mode', async () => {
      const { element } = await card(fullCard);
      expect(element.querySelector('[data-qulay-card="summary"]')!.textContent!.trim()).to.equal('');
      setMode({ 'data-qulay-reader': 'on' });
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(element.querySelector('[data-qulay-card="summary"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Fee: 0.5 BHM · UZS 206,000. Ready in 5 working days. Apply online, in the mobile app and at a public service centre.`,
      );
    });

    it('shows title, fee, term and one primary action in the simplified layout, the rest behind "More details"', async () => {
      setMode({ 'data-qulay-simplified': 'on' });
      const { element, shadow } = await card(fullCard);
      expect(shadow.querySelector('[part="primary-action"]')!.textContent).to.equal('Get the service');
      const details = shadow.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(element.querySelector<HTMLElement>('[slot="agency"]')!.checkVisibility()).to.equal(false);
      expect(element.querySelector<HTMLElement>('[data-qulay-card="key-facts"]')!.checkVisibility()).to.equal(true);
      shadow.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(element.querySelector<HTMLElement>('[slot="agency"]')!.checkVisibility()).to.equal(true);
    });

    it('reads the card aloud in its language, from a listen button in read-aloud mode', async () => {
      const speech = installFakeSpeech();
      setMode({ 'data-qulay-read-aloud': 'on' });
      const { shadow, element } = await card(html`<qulay-service-card lang="uz-Latn" fee-individual="0" term="instant">
        <span slot="title">Oʻqish joyidan maʼlumotnoma</span><span slot="agency">Oliy taʼlim vazirligi</span>
      </qulay-service-card>`);
      const states: string[] = [];
      element.addEventListener('qulay-read-aloud-change', (event) => states.push(event.detail.state));
      const listen = shadow.querySelector('qulay-listen')!;
      expect(listen.forElement, 'the listen button reads its card').to.equal(element);
      await listen.updateComplete;
      expect(listen.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Listen: Oʻqish joyidan maʼlumotnoma');
      listen.shadowRoot!.querySelector('button')!.click();
      await tick();
      expect(speech.current!.lang).to.equal('uz-UZ');
      expect(speech.current!.text).to.equal('Oʻqish joyidan maʼlumotnoma');
      expect(states, 'qulay-read-aloud-change reaches the card').to.deep.equal(['playing']);
      speech.nextWord();
      expect(CSS.highlights.get(highlightNames.word)).to.exist;
    });

    it('reflows to one column at 320 px in x-large text, never truncating the title', async () => {
      await setViewport({ width: 320, height: 700 });
      setMode({ 'data-qulay-text': 'x-large' });
      const { element, shadow } = await card(html`<qulay-service-card href="/s" fee-individual="0" term="P10D"
        ><span slot="icon">★</span><span slot="title">Oʻzini oʻzi band qilgan shaxs sifatida roʻyxatdan oʻtish</span></qulay-service-card
      >`);
      expect(getComputedStyle(shadow.querySelector('article')!).flexDirection).to.equal('column');
      const title = shadow.querySelector<HTMLElement>('.title')!;
      expect(title.scrollWidth).to.be.at.most(title.clientWidth);
      expect(element.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keeps every boundary under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { shadow } = await card(fullCard);
      expect(getComputedStyle(shadow.querySelector('article')!).borderTopStyle).to.equal('solid');
    });

    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe in ${mode} mode`, async () => {
        setMode(attributes);
        const { root } = await card(fullCard);
        await expect(root).to.be.accessible();
      });
    }
  });

  describe('languages', () => {
    const expected: Record<string, string[]> = {
      en: ['For citizens', `UZS${nb}206,000`, `5${nb}working days`, 'Online'],
      'uz-Latn': ['Fuqarolar uchun', `206${nb}000${nb}soʻm`, `5${nb}ish kuni`, 'Onlayn'],
      'uz-Cyrl': ['Фуқаролар учун', `206${nb}000${nb}сўм`, `5${nb}иш куни`, 'Онлайн'],
      'kaa-Latn': ['Puqaralar ushın', `206${nb}000${nb}swm`, `5${nb}jumıs kúni`, 'Onlayn'],
      ru: ['Для граждан', `206${nb}000${nb}сум`, `5${nb}рабочих дней`, 'Онлайн'],
    };
    for (const lang of languages) {
      it(`writes category, fee, term and channels in ${lang} and passes axe`, async () => {
        await setLanguage(lang);
        const { root, element } = await card(fullCard);
        const text = element.innerText;
        for (const piece of expected[lang]) expect(text, lang).to.contain(piece);
        if (lang === 'kaa-Latn') expect(text).to.not.match(/For citizens|working days|UZS|Online/);
        await expect(root).to.be.accessible();
      });
    }
  });
});
