import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { announcements, getPreferences, highlightNames, useSpeechSynthesis } from '@qulay/core';
import '@qulay/elements/define/qulay-listen.js';
import type { QulayListen } from '@qulay/elements';
import { FakeUtterance, highlighted, installFakeSpeech, tick, type FakeSpeechSynthesis } from '../fake-speech.js';
import { captureWarnings, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';

const uzbek = 'Oʻqish joyidan maʼlumotnoma oling. Bu xizmat bepul.';
const russian = 'Справка с места учёбы. Услуга бесплатная.';

async function listenTo(content: ReturnType<typeof html>) {
  const root = await fixture<HTMLDivElement>(html`<div>${content}</div>`);
  const listen = root.querySelector('qulay-listen') as QulayListen;
  await listen.updateComplete;
  return { root, listen, button: () => listen.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')! };
}

describe('<qulay-listen>', () => {
  let speech: FakeSpeechSynthesis;
  beforeEach(() => {
    speech = installFakeSpeech();
    setMode({ 'data-qulay-read-aloud': 'on' });
  });
  afterEach(async () => {
    useSpeechSynthesis(null);
    await resetPage();
    await emulateMedia({ forcedColors: 'none' });
  });

  it('is hidden until read-aloud mode is on, unless "always"', async () => {
    setMode({});
    const { listen, button } = await listenTo(html`<qulay-listen><p lang="uz-Latn">${uzbek}</p></qulay-listen>`);
    expect(button().checkVisibility()).to.equal(false);
    expect(listen.querySelector('p')!.checkVisibility(), 'content stays visible').to.equal(true);
    setMode({ 'data-qulay-read-aloud': 'on' });
    expect(button().checkVisibility()).to.equal(true);
    setMode({});
    listen.always = true;
    await listen.updateComplete;
    expect(button().checkVisibility()).to.equal(true);
  });

  it('reads an image by its text alternative (a star rating), and skips an image with empty alt', async () => {
    const { button } = await listenTo(html`<qulay-listen lang="uz-Latn">
      <p>Baho: <span role="img" aria-label="5 dan 4,7"><svg viewBox="0 0 1 1"></svg></span><span aria-hidden="true">4,7</span></p>
      <p>Gerb <img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="> tugadi.</p>
    </qulay-listen>`);
    button().click();
    await tick();
    const texts = speech.finishAll();
    expect(texts).to.deep.equal(['Baho: 5 dan 4,7', 'Gerb tugadi.']);
  });

  it('reads Uzbek text sentence by sentence, in Uzbek, highlighting each word with oʻ and ʼ intact', async () => {
    const { button } = await listenTo(html`<qulay-listen><p lang="uz-Latn">${uzbek}</p></qulay-listen>`);
    button().click();
    await tick();
    expect(speech.spoken.map((u) => [u.text, u.lang])).to.deep.equal([['Oʻqish joyidan maʼlumotnoma oling.', 'uz-UZ']]);
    expect(speech.spoken[0].voice?.name).to.equal('Fake Uzbek');
    expect(highlighted(highlightNames.sentence)).to.equal('Oʻqish joyidan maʼlumotnoma oling.');
    expect(speech.nextWord()).to.equal('Oʻqish');
    expect(highlighted(highlightNames.word)).to.equal('Oʻqish');
    speech.nextWord();
    expect(speech.nextWord()).to.equal('maʼlumotnoma');
    expect(highlighted(highlightNames.word)).to.equal('maʼlumotnoma');
    speech.finish();
    expect(speech.spoken.map((u) => u.text)).to.deep.equal(['Oʻqish joyidan maʼlumotnoma oling.', 'Bu xizmat bepul.']);
    speech.finish();
    await tick();
    expect(CSS.highlights.has(highlightNames.word)).to.equal(false);
    expect(CSS.highlights.has(highlightNames.sentence)).to.equal(false);
  });

  it('reads each passage in its own language: Russian inside an Uzbek page', async () => {
    await setLanguage('uz-Latn');
    const { button } = await listenTo(html`<qulay-listen><h3>Oʻqish joyidan maʼlumotnoma</h3><p lang="ru">${russian}</p></qulay-listen>`);
    button().click();
    await tick();
    speech.finish();
    expect(speech.current?.lang).to.equal('ru-RU');
    expect(speech.nextWord()).to.equal('Справка');
    expect(highlighted(highlightNames.word)).to.equal('Справка');
    speech.nextWord();
    speech.nextWord();
    expect(speech.nextWord()).to.equal('учёбы');
    expect(highlighted(highlightNames.word)).to.equal('учёбы');
    expect(speech.spoken.map((u) => [u.text, u.lang])).to.deep.equal([
      ['Oʻqish joyidan maʼlumotnoma', 'uz-UZ'],
      ['Справка с места учёбы.', 'ru-RU'],
    ]);
  });

  it('skips hidden, aria-hidden and script content, and reads form fields as label, hint, value', async () => {
    const { button } = await listenTo(html`<qulay-listen lang="en">
      <p>Visible.</p>
      <p hidden>Hidden.</p>
      <p aria-hidden="true">Decoration.</p>
      <p style="display:none">Not shown.</p>
      <label for="name">Full name</label>
      <p id="name-hint">As in your passport.</p>
      <input id="name" aria-describedby="name-hint" .value=${'Aziza Karimova'} />
      <input type="password" .value=${'secret'} aria-label="Password" />
      <label><input type="checkbox" checked /> I agree</label>
    </qulay-listen>`);
    button().click();
    await tick();
    const texts = speech.finishAll();
    expect(texts).to.deep.equal(['Visible.', 'Full name', 'As in your passport.', 'Aziza Karimova', 'selected', 'I agree']);
    expect(texts.join(' ')).to.not.contain('secret');
  });

  it('falls back to the sentence highlight when the voice gives no word lengths', async () => {
    speech = installFakeSpeech(undefined, false);
    const { button } = await listenTo(html`<qulay-listen><p lang="uz-Latn">${uzbek}</p></qulay-listen>`);
    button().click();
    await tick();
    expect(highlighted(highlightNames.sentence)).to.equal('Oʻqish joyidan maʼlumotnoma oling.');
    speech.nextWord();
    expect(highlighted(highlightNames.word)).to.equal('Oʻqish');
  });

  it('pauses, resumes and stops from the keyboard, with names a screen reader announces', async () => {
    const { listen } = await listenTo(html`<qulay-listen label="Certificate of enrolment"><p lang="en">One. Two.</p></qulay-listen>`);
    expect(await findAccessible('button', 'Listen: Certificate of enrolment')).to.exist;
    listen.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await tick();
    await listen.updateComplete;
    expect(listen.reader.state).to.equal('playing');
    expect(await findAccessible('button', 'Pause: Certificate of enrolment')).to.exist;
    listen.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'Space' });
    await listen.updateComplete;
    expect(speech.paused).to.equal(true);
    expect(listen.reader.state).to.equal('paused');
    listen.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await listen.updateComplete;
    expect(speech.paused).to.equal(false);
    const stop = [...listen.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Stop'))!;
    stop.click();
    await listen.updateComplete;
    expect(listen.reader.state).to.equal('idle');
    expect(speech.current).to.equal(undefined);
    expect(CSS.highlights.has(highlightNames.sentence)).to.equal(false);
  });

  it('reads another region by id with "for", and warns once when the id is missing', async () => {
    const { listen, button } = await listenTo(html`<article id="card" lang="ru"><p>${russian}</p></article><qulay-listen for="card"></qulay-listen>`);
    button().click();
    await tick();
    expect(speech.spoken[0].text).to.equal('Справка с места учёбы.');
    listen.for = 'missing';
    await listen.updateComplete;
    const warnings = await captureWarnings(async () => {
      await listen.reader.play();
      await listen.reader.play();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('for="missing"');
  });

  it('says so, in the page language, when no voice speaks the text\'s language', async () => {
    installFakeSpeech([{ name: 'Only English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' }]);
    await setLanguage('ru');
    const events: string[] = [];
    const { listen, button } = await listenTo(html`<qulay-listen @qulay-read-aloud-change=${(e: CustomEvent) => events.push(`${e.detail.state}:${e.detail.lang}`)}><p lang="kaa-Latn">Oqıw ornınan maǵlıwmatnama.</p></qulay-listen>`);
    button().click();
    await tick();
    await listen.updateComplete;
    const message = listen.shadowRoot!.querySelector('[part="message"]')!.textContent!;
    expect(message).to.contain('каракалпакский');
    expect(events).to.deep.equal(['no-voice:kaa-Latn']);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(announcements().polite).to.equal(message.trim());
  });

  describe('0.2 renames', () => {
    it('fires qulay-read-aloud-change (bubbling, composed, with an object detail) and, until 0.3, the old qulay-read-aloud', async () => {
      const seen: Array<[string, CustomEvent]> = [];
      const root = await fixture<HTMLDivElement>(html`<div><qulay-listen><p>Text.</p></qulay-listen></div>`);
      for (const type of ['qulay-read-aloud-change', 'qulay-read-aloud']) root.addEventListener(type, (e) => seen.push([type, e as CustomEvent]));
      const listen = root.querySelector('qulay-listen')!;
      await listen.updateComplete;
      listen.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await tick();
      const changes = seen.filter(([type]) => type === 'qulay-read-aloud-change');
      expect(changes.map(([, e]) => e.detail.state)).to.deep.equal(['playing']);
      expect(changes[0][1].bubbles && changes[0][1].composed).to.equal(true);
      expect(seen.filter(([type]) => type === 'qulay-read-aloud').map(([, e]) => e.detail.state), 'old name still fires').to.deep.equal(['playing']);
    });

    it('reads the element set as forElement, with no warning; the old property target warns once and still works', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><p id="one">First region.</p><p id="two">Second region.</p><qulay-listen></qulay-listen></div>`);
      const listen = root.querySelector('qulay-listen')!;
      const warnings = await captureWarnings(async () => {
        listen.forElement = root.querySelector('#one')!;
        await listen.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(listen.region()).to.equal(root.querySelector('#one'));
      const oldWarnings = await captureWarnings(async () => {
        listen.target = root.querySelector('#two')!;
        listen.target = root.querySelector('#two')!;
      });
      expect(oldWarnings).to.have.length(1);
      expect(oldWarnings[0]).to.contain('<qulay-listen>').and.to.contain('renamed forElement').and.to.contain('0.3');
      expect(listen.target).to.equal(root.querySelector('#two'));
      expect(listen.forElement).to.equal(root.querySelector('#two'));
      listen.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await tick();
      expect(speech.current?.text).to.equal('Second region.');
    });
  });

  it('reads its own content, with one warning, when forElement is not an element (a framework passing an id)', async () => {
    const { listen, button } = await listenTo(html`<qulay-listen><p>Own text.</p></qulay-listen>`);
    const warnings = await captureWarnings(async () => {
      (listen as unknown as { forElement: unknown }).forElement = 'application-form';
      await listen.updateComplete;
      button().click();
      await tick();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<qulay-listen>').and.to.contain('forElement="application-form"');
    expect(speech.current?.text).to.equal('Own text.');
  });

  it('says so when the browser has no speech at all', async () => {
    useSpeechSynthesis(null);
    const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
    try {
      const { listen, button } = await listenTo(html`<qulay-listen><p>Text.</p></qulay-listen>`);
      button().click();
      await tick();
      await listen.updateComplete;
      expect(listen.reader.state).to.equal('unsupported');
      expect(listen.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('cannot read text aloud');
    } finally {
      if (original) Object.defineProperty(window, 'speechSynthesis', original);
    }
  });

  it('stops one reader when another starts, so two never talk at once', async () => {
    const { root } = await listenTo(html`<qulay-listen id="a"><p>First text.</p></qulay-listen><qulay-listen id="b"><p>Second text.</p></qulay-listen>`);
    const [a, b] = root.querySelectorAll('qulay-listen');
    await a.reader.play();
    expect(a.reader.state).to.equal('playing');
    await b.reader.play();
    expect(a.reader.state).to.equal('idle');
    expect(b.reader.state).to.equal('playing');
    expect(speech.current?.text).to.equal('Second text.');
  });

  it('uses the speech rate from the preferences', async () => {
    getPreferences().set({ speechRate: 1.5 });
    const { button } = await listenTo(html`<qulay-listen><p>Text.</p></qulay-listen>`);
    button().click();
    await tick();
    expect((speech.spoken[0] as FakeUtterance).rate).to.equal(1.5);
    getPreferences().reset();
  });

  describe('in every language and mode', () => {
    for (const lang of languages) {
      it(`is named and passes axe in ${lang}`, async () => {
        await setLanguage(lang);
        setMode({ 'data-qulay-read-aloud': 'on' });
        const { root, button } = await listenTo(html`<qulay-listen><p>Text.</p></qulay-listen>`);
        expect(button().textContent!.trim()).to.not.equal('');
        if (lang !== 'en') expect(button().textContent!.trim()).to.not.equal('Listen');
        await expect(root).to.be.accessible();
      });
    }
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe in ${mode} mode, with a 44 px target`, async () => {
        setMode({ ...attributes, 'data-qulay-read-aloud': 'on' });
        const { root, button } = await listenTo(html`<qulay-listen><p>Text.</p></qulay-listen>`);
        expect(button().getBoundingClientRect().height).to.be.at.least(44);
        await expect(root).to.be.accessible();
      });
    }
    it('keeps its border and icon under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { button } = await listenTo(html`<qulay-listen><p>Text.</p></qulay-listen>`);
      const style = getComputedStyle(button());
      expect(style.borderTopStyle).to.equal('solid');
      expect(getComputedStyle(button().querySelector('svg')!.querySelector('path')!).fill).to.equal(style.color);
    });
  });
});
