import { expect, fixture, html } from '@open-wc/testing';
import { getPreferences, highlightNames, pickVoice, useSpeechSynthesis } from '@qulay/core';
import { createSpeechSynthesis, SpeechSynthesisUtterance } from '@qulay/speech-synthesis-polyfill';
import { FakeAudioOutput, FakeClock, FakeEngine, type FakeEngine as Engine } from '@qulay/speech-synthesis-polyfill/testing';
import '@qulay/elements/define/qulay-a11y-panel.js';
import '@qulay/elements/define/qulay-listen.js';
import type { QulayA11yPanel, QulayListen } from '@qulay/elements';
import { highlighted, tick } from '../fake-speech.js';

/** The kit's read-aloud over the real polyfill, with the fake engine and clock from its testing entry. */
describe('read-aloud through @qulay/speech-synthesis-polyfill', () => {
  afterEach(() => {
    useSpeechSynthesis(null);
    getPreferences().reset();
  });

  it('a listen button reads Karakalpak with an engine voice; the word highlight follows the audio clock and stops while paused', async () => {
    const clock = new FakeClock();
    const engine = new FakeEngine({ secondsPerWord: 0.1 });
    useSpeechSynthesis(
      createSpeechSynthesis({ engines: [engine], output: new FakeAudioOutput(clock) }) as unknown as SpeechSynthesis,
      SpeechSynthesisUtterance as unknown as typeof globalThis.SpeechSynthesisUtterance,
    );
    const listen = await fixture<QulayListen>(html`<qulay-listen always lang="kaa-Latn"><p>Maǵlıwmatnama alıw ushın arza beriń.</p></qulay-listen>`);
    await listen.updateComplete;
    listen.shadowRoot!.querySelector('button')!.click();
    await clock.advance(20);
    expect(engine.requests.map((r) => [r.voice.id, r.text])).to.deep.equal([['kaa-Latn', 'Maǵlıwmatnama alıw ushın arza beriń.']]);
    expect(highlighted(highlightNames.word)).to.equal('Maǵlıwmatnama');
    await clock.advance(100);
    expect(highlighted(highlightNames.word)).to.equal('alıw');
    const pause = [...listen.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Pause'))!;
    pause.click();
    await clock.advance(500);
    expect(highlighted(highlightNames.word), 'no word moves while paused').to.equal('alıw');
    const resume = [...listen.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Resume'))!;
    resume.click();
    await clock.advance(100);
    expect(highlighted(highlightNames.word)).to.equal('ushın');
    await clock.advance(1000);
    expect(highlighted(highlightNames.word), 'cleared at the end').to.equal(undefined);
  });

  it('the panel loads its speech-engine module when read-aloud is turned on, then reads with it and names the voice', async () => {
    const url = new URL('./fixtures/install-fake-engine.ts', import.meta.url).href;
    const page = await fixture<HTMLElement>(html`<div>
      <qulay-a11y-panel speech-engine=${url} open></qulay-a11y-panel>
      <main lang="uz-Latn"><p>Oʻzbekiston fuqarolari uchun.</p></main>
    </div>`);
    const panel = page.querySelector<QulayA11yPanel>('qulay-a11y-panel')!;
    await panel.updateComplete;
    const loaded = () => (window as unknown as { fakeSpeech?: { clock: FakeClock; engine: Engine } }).fakeSpeech;
    expect(loaded(), 'nothing loads before read-aloud is on').to.equal(undefined);
    getPreferences().set({ readAloud: true });
    await panel.updateComplete;
    const read = [...panel.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Read this page'))!;
    read.click();
    for (let i = 0; i < 50 && !loaded(); i++) await tick();
    const { clock, engine } = loaded()!;
    await clock.advance(20);
    await panel.updateComplete;
    expect(engine.requests[0].voice.id).to.equal('uz-Latn');
    expect(panel.shadowRoot!.querySelector('.status')!.textContent).to.contain('Voice: Fake Uzbek');
    expect(highlighted(highlightNames.word)).to.equal('Oʻzbekiston');
    await clock.advance(100);
    expect(highlighted(highlightNames.word)).to.equal('fuqarolari');
  });

  it('prefers a device voice for its language over an engine voice, even a remote one', () => {
    const engineVoices = createSpeechSynthesis({ engines: [new FakeEngine()], output: new FakeAudioOutput(new FakeClock()) }).getVoices();
    const deviceRussian = { name: 'Google русский', lang: 'ru-RU', localService: false, default: false, voiceURI: 'Google русский' };
    const voices = [deviceRussian, ...engineVoices] as unknown as globalThis.SpeechSynthesisVoice[];
    expect(pickVoice(voices, 'ru')?.name).to.equal('Google русский');
    expect(pickVoice(voices, 'kaa-Latn')?.name).to.equal('Fake Karakalpak');
    expect(pickVoice(voices, 'uz-Cyrl')?.name).to.equal('Fake Uzbek (Cyrillic)');
    expect(pickVoice(voices, 'ru', 'Fake Russian')?.name, "the user's choice wins").to.equal('Fake Russian');
  });

  it('warns once and ignores a speech-engine that is not an http(s) URL', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      getPreferences().set({ readAloud: true });
      const panel = await fixture<QulayA11yPanel>(html`<qulay-a11y-panel speech-engine="javascript:alert(1)"></qulay-a11y-panel>`);
      await panel.updateComplete;
      getPreferences().set({ speechRate: 1.5 });
      await panel.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('speech engine'))).to.have.length(1);
  });
});
