import { expect } from '@open-wc/testing';
import {
  createHttpEngine,
  createSpeechSynthesis,
  install,
  SpeechSynthesisErrorEvent,
  SpeechSynthesisEvent,
  SpeechSynthesisUtterance,
  SpeechSynthesisVoice,
  type SpeechSynthesis,
} from '@qulay/speech-synthesis-polyfill';
import { FakeAudioOutput, FakeClock, FakeEngine, flush } from '@qulay/speech-synthesis-polyfill/testing';
import { NativeUtterance, nativeRussianVoice } from './fake-native.js';

type Logged = { type: string; text: string; name?: string; charIndex?: number; charLength?: number; elapsed?: number; error?: string };

/** Records every event of the utterances as `type` plus the fields that matter. */
function record(...utterances: SpeechSynthesisUtterance[]): Logged[] {
  const log: Logged[] = [];
  for (const utterance of utterances) {
    for (const type of ['start', 'end', 'error', 'pause', 'resume', 'mark', 'boundary']) {
      utterance.addEventListener(type, (event) => {
        const e = event as SpeechSynthesisEvent & { error?: string };
        expect(e).to.be.instanceOf(SpeechSynthesisEvent);
        expect(e.bubbles, 'bubbles').to.equal(false);
        expect(e.cancelable, 'cancelable').to.equal(false);
        expect(e.utterance).to.equal(utterance);
        log.push({ type, text: utterance.text, name: e.name, charIndex: e.charIndex, charLength: e.charLength, elapsed: e.elapsedTime, error: e.error });
      });
    }
  }
  return log;
}

/** The words the boundary events point at, cut from the original text. */
const spokenWords = (log: Logged[], text: string) =>
  log.filter((e) => e.type === 'boundary' && e.name === 'word').map((e) => text.slice(e.charIndex, e.charIndex! + e.charLength!));

function setup(options: ConstructorParameters<typeof FakeEngine>[0] = {}, autoplay = true) {
  const clock = new FakeClock();
  const engine = new FakeEngine(options);
  const output = new FakeAudioOutput(clock, { autoplay });
  const synthesis = createSpeechSynthesis({ engines: [engine], output });
  return { clock, engine, output, synthesis };
}

function utter(text: string, lang = 'uz-Latn') {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  return utterance;
}

describe('SpeechSynthesisUtterance, as WebIDL and the Web Platform Tests expect', () => {
  it('has the specified defaults', () => {
    const u = new SpeechSynthesisUtterance();
    expect([u.text, u.lang, u.voice, u.volume, u.rate, u.pitch]).to.deep.equal(['', '', null, 1, 1, 1]);
  });

  it('converts text as a DOMString; undefined is a missing argument, as in Chromium', () => {
    expect(new SpeechSynthesisUtterance(undefined).text).to.equal('');
    expect(new SpeechSynthesisUtterance(null as unknown as string).text).to.equal('null');
    expect(new SpeechSynthesisUtterance(42 as unknown as string).text).to.equal('42');
    const u = new SpeechSynthesisUtterance();
    u.text = undefined as unknown as string;
    expect(u.text).to.equal('undefined');
    expect(() => new SpeechSynthesisUtterance(Symbol() as unknown as string)).to.throw(TypeError);
  });

  it('treats volume, rate and pitch as floats: non-finite throws, out of range clamps like Chromium', () => {
    const u = new SpeechSynthesisUtterance('x');
    expect(() => (u.volume = NaN)).to.throw(TypeError);
    expect(() => (u.rate = Infinity)).to.throw(TypeError);
    expect(u.volume).to.equal(1);
    u.volume = 5;
    u.rate = 20;
    u.pitch = -1;
    expect([u.volume, u.rate, u.pitch]).to.deep.equal([1, 10, 0]);
    u.rate = 0.3;
    expect(u.rate).to.equal(Math.fround(0.3));
  });

  it('accepts only voices or null for voice', () => {
    const { synthesis } = setup();
    const u = new SpeechSynthesisUtterance('x');
    expect(() => (u.voice = {} as SpeechSynthesisVoice)).to.throw(TypeError);
    u.voice = synthesis.getVoices()[0];
    expect(u.voice?.name).to.equal('Fake Uzbek');
    u.voice = null;
    expect(u.voice).to.equal(null);
  });

  it('has accessors on the prototype that check their receiver, and on… handlers', () => {
    const descriptor = Object.getOwnPropertyDescriptor(SpeechSynthesisUtterance.prototype, 'text')!;
    expect(descriptor.get).to.be.a('function');
    expect(descriptor.enumerable).to.equal(true);
    expect(() => descriptor.get!.call({})).to.throw(TypeError);
    expect(Object.prototype.toString.call(new SpeechSynthesisUtterance())).to.equal('[object SpeechSynthesisUtterance]');
    const u = new SpeechSynthesisUtterance();
    let calls = 0;
    expect(u.onend).to.equal(null);
    u.onend = () => calls++;
    u.dispatchEvent(new Event('end'));
    u.onend = null;
    u.dispatchEvent(new Event('end'));
    expect(calls).to.equal(1);
  });

  it('cannot construct voices or the synthesis from page code', () => {
    expect(() => new (SpeechSynthesisVoice as unknown as new () => object)()).to.throw(TypeError);
    const { synthesis } = setup();
    expect(() => new (synthesis.constructor as new () => object)()).to.throw(TypeError);
  });

  it('builds events with their fields, and errors only with the specified codes', () => {
    const utterance = new SpeechSynthesisUtterance('x');
    const event = new SpeechSynthesisEvent('boundary', { utterance, charIndex: 3, charLength: 4, elapsedTime: 1.5, name: 'word' });
    expect([event.charIndex, event.charLength, event.elapsedTime, event.name, event.bubbles, event.cancelable]).to.deep.equal([3, 4, 1.5, 'word', false, false]);
    expect(() => new (SpeechSynthesisEvent as unknown as new (t: string) => Event)('start')).to.throw(TypeError);
    expect(() => new SpeechSynthesisEvent('start', {} as never)).to.throw(TypeError);
    expect(new SpeechSynthesisErrorEvent('error', { utterance, error: 'interrupted' }).error).to.equal('interrupted');
    expect(() => new SpeechSynthesisErrorEvent('error', { utterance, error: 'oops' as never })).to.throw(TypeError);
  });
});

describe('SpeechSynthesis with the fake engine and clock', () => {
  it('lists the engine voices synchronously, before anything loads', () => {
    const { synthesis, engine } = setup();
    const voices = synthesis.getVoices();
    expect(voices.map((v) => v.lang)).to.deep.equal(['uz-Latn', 'uz-Cyrl', 'kaa-Latn', 'ru-RU', 'en-GB']);
    expect(voices[0]).to.be.instanceOf(SpeechSynthesisVoice);
    expect([voices[0].voiceURI, voices[0].localService, voices[0].default, voices[1].default]).to.deep.equal(['fake:uz-Latn', true, true, false]);
    expect(synthesis.getVoices()).to.not.equal(voices);
    expect(synthesis.getVoices()[0]).to.equal(voices[0]);
    expect(engine.requests).to.have.length(0);
  });

  it('speaks the queue in order: start, sentence and word boundaries on the audio clock, end', async () => {
    const { synthesis, clock } = setup({ secondsPerWord: 0.1 });
    const first = utter('Salom dunyo.');
    const second = utter('Xayr.');
    const log = record(first, second);
    synthesis.speak(first);
    synthesis.speak(second);
    expect(log, 'nothing fires inside speak()').to.deep.equal([]);
    expect([synthesis.pending, synthesis.speaking]).to.deep.equal([true, false]);
    await flush();
    expect(log.map((e) => e.type)).to.deep.equal(['start', 'boundary', 'boundary']);
    expect([synthesis.pending, synthesis.speaking]).to.deep.equal([true, true]);
    await clock.advance(100);
    expect(log.map((e) => `${e.type}:${e.name}:${e.charIndex}`)).to.deep.equal(['start::0', 'boundary:sentence:0', 'boundary:word:0', 'boundary:word:6']);
    expect(log[3].elapsed).to.be.closeTo(0.1, 0.011);
    await clock.advance(150);
    expect(log.map((e) => `${e.text}:${e.type}`)).to.deep.equal([
      'Salom dunyo.:start',
      'Salom dunyo.:boundary',
      'Salom dunyo.:boundary',
      'Salom dunyo.:boundary',
      'Salom dunyo.:end',
      'Xayr.:start',
      'Xayr.:boundary',
      'Xayr.:boundary',
    ]);
    expect(log[4].charIndex).to.equal('Salom dunyo.'.length);
    await clock.advance(200);
    expect(log.at(-1)!.type).to.equal('end');
    expect([synthesis.pending, synthesis.speaking]).to.deep.equal([false, false]);
  });

  it('cancel(): interrupted for the utterance cut off, canceled for each one waiting', async () => {
    const { synthesis, clock, output } = setup();
    const [a, b, c] = ['Birinchi gap.', 'Ikkinchi gap.', 'Uchinchi gap.'].map((t) => utter(t));
    const log = record(a, b, c);
    [a, b, c].forEach((u) => synthesis.speak(u));
    await clock.advance(100);
    synthesis.cancel();
    expect(log.filter((e) => e.type === 'error').map((e) => `${e.text}:${e.error}`)).to.deep.equal([
      'Birinchi gap.:interrupted',
      'Ikkinchi gap.:canceled',
      'Uchinchi gap.:canceled',
    ]);
    expect(log.filter((e) => e.type === 'error')[0].elapsed).to.be.closeTo(0.1, 0.011);
    expect([synthesis.pending, synthesis.speaking]).to.deep.equal([false, false]);
    const before = log.length;
    await clock.advance(2000);
    expect(log.length, 'nothing after cancel').to.equal(before);
    expect(log.some((e) => e.type === 'end')).to.equal(false);
    expect(output.played).to.have.length(1);
  });

  it('cancel() before the first audio gives canceled, not interrupted', async () => {
    const { synthesis, engine } = setup();
    engine.held = true;
    const u = utter('Kutib turing.');
    const log = record(u);
    synthesis.speak(u);
    await flush();
    synthesis.cancel();
    engine.release();
    await flush();
    expect(log.map((e) => `${e.type}:${e.error}`)).to.deep.equal(['error:canceled']);
  });

  it('pause() stops the audio clock and resume() goes on; events pause and resume', async () => {
    const { synthesis, clock, output } = setup({ secondsPerWord: 0.1 });
    const u = utter('Bir ikki uch tort.');
    const log = record(u);
    synthesis.speak(u);
    await clock.advance(150);
    synthesis.pause();
    await flush();
    expect(synthesis.paused).to.equal(true);
    expect(synthesis.speaking, 'still speaking while paused').to.equal(true);
    expect(output.pausedPlaybacks).to.equal(1);
    const words = () => spokenWords(log, u.text);
    expect(words()).to.deep.equal(['Bir', 'ikki']);
    await clock.advance(1000);
    expect(words(), 'no word while paused').to.deep.equal(['Bir', 'ikki']);
    synthesis.resume();
    await clock.advance(1000);
    expect(words()).to.deep.equal(['Bir', 'ikki', 'uch', 'tort']);
    expect(log.map((e) => e.type).filter((t) => t !== 'boundary')).to.deep.equal(['start', 'pause', 'resume', 'end']);
    const pause = log.find((e) => e.type === 'pause')!;
    const resume = log.find((e) => e.type === 'resume')!;
    expect(pause.elapsed).to.be.closeTo(0.15, 0.011);
    expect(resume.elapsed, 'the audio clock did not move while paused').to.be.closeTo(pause.elapsed!, 0.001);
  });

  it('paused before speak(): the utterance waits until resume()', async () => {
    const { synthesis, clock } = setup();
    synthesis.pause();
    const u = utter('Salom.');
    const log = record(u);
    synthesis.speak(u);
    await clock.advance(500);
    expect(log).to.deep.equal([]);
    expect(synthesis.pending).to.equal(true);
    synthesis.resume();
    await clock.advance(500);
    expect(log.map((e) => e.type)).to.deep.equal(['start', 'boundary', 'boundary', 'end']);
  });

  it('speaks the same utterance again after it ends, and twice when queued twice', async () => {
    const { synthesis, clock } = setup();
    const u = utter('Yana.');
    const log = record(u);
    synthesis.speak(u);
    synthesis.speak(u);
    await clock.advance(1000);
    synthesis.speak(u);
    await clock.advance(1000);
    expect(log.filter((e) => e.type === 'start')).to.have.length(3);
    expect(log.filter((e) => e.type === 'end')).to.have.length(3);
  });

  it('gives language-unavailable for a language no voice speaks, voice-unavailable for a foreign voice', async () => {
    const { synthesis, clock } = setup();
    const other = setup({ name: 'other' });
    const tajik = utter('Салом', 'tg');
    const foreign = utter('Salom');
    foreign.voice = other.synthesis.getVoices()[0];
    const log = record(tajik, foreign);
    synthesis.speak(tajik);
    synthesis.speak(foreign);
    await clock.advance(100);
    expect(log.map((e) => `${e.type}:${e.error}`)).to.deep.equal(['error:language-unavailable', 'error:voice-unavailable']);
  });

  it('picks the voice by language and script, and passes rate, pitch and volume to the engine', async () => {
    const { synthesis, clock, engine, output } = setup();
    const cyrillic = utter('Салом', 'uz-Cyrl');
    cyrillic.rate = 2;
    cyrillic.pitch = 0.5;
    cyrillic.volume = 0.25;
    synthesis.speak(cyrillic);
    synthesis.speak(utter('Salom', 'uz-UZ'));
    synthesis.speak(utter('Privet', 'ru'));
    await clock.advance(2000);
    expect(engine.requests.map((r) => r.voice.id)).to.deep.equal(['uz-Cyrl', 'uz-Latn', 'ru']);
    expect([engine.requests[0].rate, engine.requests[0].pitch, engine.requests[0].volume]).to.deep.equal([2, 0.5, 0.25]);
    expect(output.played[0].volume).to.equal(0.25);
  });

  it('uses the page language when the utterance has none', async () => {
    const { synthesis, clock, engine } = setup();
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'kaa';
    synthesis.speak(new SpeechSynthesisUtterance('Sálem'));
    await clock.advance(500);
    document.documentElement.lang = lang;
    expect(engine.requests[0].voice.id).to.equal('kaa-Latn');
  });

  it('reports an engine failure as the engine names it, and not-allowed when autoplay is blocked', async () => {
    const failing = setup({ failWith: 'network', failAt: 1 });
    const u = utter('Birinchi. Ikkinchi.');
    const log = record(u);
    failing.synthesis.speak(u);
    await failing.clock.advance(1000);
    expect(log.map((e) => e.type).filter((t) => t !== 'boundary')).to.deep.equal(['start', 'error']);
    expect(log.at(-1)!.error).to.equal('network');

    const blocked = setup({}, false);
    const v = utter('Salom');
    const blockedLog = record(v);
    blocked.synthesis.speak(v);
    await blocked.clock.advance(100);
    expect(blockedLog.map((e) => `${e.type}:${e.error}`)).to.deep.equal(['error:not-allowed']);
  });

  it('refuses text over 32 767 characters with text-too-long', async () => {
    const { synthesis, clock } = setup();
    const u = utter('a'.repeat(32768));
    const log = record(u);
    synthesis.speak(u);
    await clock.advance(10);
    expect(log.map((e) => e.error)).to.deep.equal(['text-too-long']);
  });

  it('fires start and end for empty text', async () => {
    const { synthesis, clock } = setup();
    const u = utter('');
    const log = record(u);
    synthesis.speak(u);
    await clock.advance(10);
    expect(log.map((e) => e.type)).to.deep.equal(['start', 'end']);
  });

  it('throws a TypeError for speak() with something other than an utterance', () => {
    const { synthesis } = setup();
    expect(() => synthesis.speak({ text: 'x' } as unknown as SpeechSynthesisUtterance)).to.throw(TypeError);
  });
});

describe('boundary offsets point into the original text', () => {
  const cases: Array<[string, string, string[]]> = [
    ['uz-Latn', 'Oʻzbekiston fuqarosi maʼlumotnoma oladi. Gʻalla sanʼat.', ['Oʻzbekiston', 'fuqarosi', 'maʼlumotnoma', 'oladi', 'Gʻalla', 'sanʼat']],
    ['uz-Cyrl', 'Ўзбекистон фуқароси маълумотнома олади.', ['Ўзбекистон', 'фуқароси', 'маълумотнома', 'олади']],
    ['kaa-Latn', 'Qaraqalpaqstan Respublikası puqaraları ushın xızmet.', ['Qaraqalpaqstan', 'Respublikası', 'puqaraları', 'ushın', 'xızmet']],
  ];
  for (const [lang, text, words] of cases) {
    it(`in ${lang}`, async () => {
      const { synthesis, clock } = setup();
      const u = utter(text, lang);
      const log = record(u);
      synthesis.speak(u);
      await clock.advance(3000);
      expect(spokenWords(log, text)).to.deep.equal(words);
      expect(log.at(-1)!.type).to.equal('end');
    });
  }
});

describe('install()', () => {
  let uninstall = () => {};
  afterEach(() => uninstall());

  it('force: replaces the standard globals with the engines only, and puts them back', async () => {
    const nativeSynthesis = window.speechSynthesis;
    const clock = new FakeClock();
    const installed = install({ engines: [new FakeEngine()], output: new FakeAudioOutput(clock), mode: 'force' });
    uninstall = installed.uninstall;
    expect(installed.installed).to.equal(true);
    expect(window.speechSynthesis).to.equal(installed.synthesis);
    expect(window.SpeechSynthesisUtterance).to.equal(SpeechSynthesisUtterance);
    const u = new window.SpeechSynthesisUtterance('Salom');
    u.lang = 'uz';
    const log = record(u as unknown as SpeechSynthesisUtterance);
    window.speechSynthesis.speak(u);
    await clock.advance(500);
    expect(log.at(-1)!.type).to.equal('end');
    installed.uninstall();
    uninstall = () => {};
    expect(window.speechSynthesis).to.equal(nativeSynthesis);
  });

  it('if-missing: installs where the browser has no voice (headless Chromium has none)', () => {
    expect(window.speechSynthesis.getVoices()).to.have.length(0);
    const installed = install({ engines: [new FakeEngine()], output: new FakeAudioOutput(new FakeClock()) });
    uninstall = installed.uninstall;
    expect(installed.installed).to.equal(true);
    expect(window.speechSynthesis.getVoices().map((v) => v.name)).to.include('Fake Karakalpak');
  });

  it('if-missing: leaves a browser that has voices alone', () => {
    const native = Object.assign(new EventTarget(), { getVoices: () => [{ lang: 'uz-UZ', name: 'System Uzbek' }], speak() {}, cancel() {}, pause() {}, resume() {} });
    const saved = Object.getOwnPropertyDescriptor(window, 'speechSynthesis')!;
    Object.defineProperty(window, 'speechSynthesis', { value: native, configurable: true });
    try {
      const installed = install({ engines: [new FakeEngine()], output: new FakeAudioOutput(new FakeClock()) });
      expect(installed.installed).to.equal(false);
      expect(window.speechSynthesis).to.equal(native);
      expect(window.SpeechSynthesisUtterance).to.not.equal(SpeechSynthesisUtterance);
    } finally {
      Object.defineProperty(window, 'speechSynthesis', saved);
    }
  });

  it('augment: browser voices first for their languages, engine voices for the rest, one queue', async () => {
    // A stand-in for a browser that has a Russian voice.
    const nativeLog: string[] = [];
    const nativeVoice = nativeRussianVoice();
    const fakeNative = Object.assign(new EventTarget(), {
      getVoices: () => [nativeVoice],
      speak(u: NativeUtterance) {
        nativeLog.push(u.text);
        setTimeout(() => {
          u.dispatchEvent(Object.assign(new Event('start'), { charIndex: 0, elapsedTime: 0 }));
          u.dispatchEvent(Object.assign(new Event('end'), { charIndex: u.text.length, elapsedTime: 0.5 }));
        });
      },
      cancel() {},
      pause() {},
      resume() {},
    });
    const saved = [Object.getOwnPropertyDescriptor(window, 'speechSynthesis'), Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance')];
    Object.defineProperty(window, 'speechSynthesis', { value: fakeNative, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: NativeUtterance, configurable: true, writable: true });
    const clock = new FakeClock();
    const engine = new FakeEngine();
    const installed = install({ engines: [engine], output: new FakeAudioOutput(clock), mode: 'augment' });
    uninstall = () => {
      installed.uninstall();
      Object.defineProperty(window, 'speechSynthesis', saved[0]!);
      Object.defineProperty(window, 'SpeechSynthesisUtterance', saved[1]!);
    };
    let voicesChanged = 0;
    (window.speechSynthesis as unknown as SpeechSynthesis).onvoiceschanged = () => voicesChanged++;
    fakeNative.dispatchEvent(new Event('voiceschanged'));
    expect(voicesChanged, "the browser's voiceschanged is passed on").to.equal(1);
    expect(window.speechSynthesis.getVoices().map((v) => v.name)).to.deep.equal(['Native Russian', 'Fake Uzbek', 'Fake Uzbek (Cyrillic)', 'Fake Karakalpak', 'Fake Russian', 'Fake English']);
    const ru = new SpeechSynthesisUtterance('Привет');
    ru.lang = 'ru';
    const uz = utter('Salom');
    const forcedRu = new SpeechSynthesisUtterance('Пока');
    forcedRu.voice = window.speechSynthesis.getVoices().find((v) => v.name === 'Fake Russian')!;
    const log = record(ru, uz, forcedRu);
    [ru, uz, forcedRu].forEach((u) => (window.speechSynthesis as unknown as SpeechSynthesis).speak(u));
    await clock.advance(2000);
    expect(nativeLog).to.deep.equal(['Привет']);
    expect(engine.requests.map((r) => r.text)).to.deep.equal(['Salom', 'Пока']);
    expect(log.filter((e) => e.type === 'start' || e.type === 'end').map((e) => `${e.text}:${e.type}`)).to.deep.equal([
      'Привет:start',
      'Привет:end',
      'Salom:start',
      'Salom:end',
      'Пока:start',
      'Пока:end',
    ]);
    // An SSML document for a browser voice: the browser is given its text, as an engine is.
    const ssml = new SpeechSynthesisUtterance('<speak>Привет, <emphasis>мир</emphasis>!</speak>');
    ssml.lang = 'ru';
    const ssmlLog = record(ssml);
    (window.speechSynthesis as unknown as SpeechSynthesis).speak(ssml);
    await clock.advance(100);
    expect(nativeLog.at(-1)).to.equal('Привет, мир!');
    expect(ssmlLog.map((e) => `${e.type}:${e.charIndex}`)).to.deep.equal(['start:0', `end:${ssml.text.length}`]);
  });
});

describe('the HTTP engine', () => {
  it('posts chunks of at most 512 characters split on sentences, and plays each answer', async () => {
    const bodies: Array<{ text: string; lang: string; voice: string }> = [];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(new Uint8Array(800), { headers: { 'content-type': 'audio/wav' } });
    }) as unknown as typeof fetch;
    const sentence = 'Davlat xizmatlari portalida ariza topshirish uchun shaxsingizni tasdiqlang. ';
    const text = sentence.repeat(20);
    const clock = new FakeClock();
    const engine = createHttpEngine({ url: '/speech', voices: [{ id: 'uz', name: 'Agency Uzbek', lang: 'uz-Latn' }], fetch: fakeFetch });
    const output = new FakeAudioOutput(clock);
    const synthesis = createSpeechSynthesis({ engines: [engine], output });
    expect(synthesis.getVoices()[0].localService).to.equal(false);
    const u = utter(text);
    const log = record(u);
    synthesis.speak(u);
    await clock.advance(3000, 50);
    expect(bodies.length).to.be.greaterThan(2);
    expect(bodies.every((b) => b.text.length <= 512)).to.equal(true);
    expect(bodies.every((b) => b.text.trim().endsWith('.')), 'split on sentence ends').to.equal(true);
    expect(bodies.map((b) => b.text).join('')).to.equal(text);
    expect(bodies[0]).to.include({ lang: 'uz-Latn', voice: 'uz' });
    const sentences = log.filter((e) => e.type === 'boundary' && e.name === 'sentence').map((e) => e.charIndex);
    expect(sentences).to.deep.equal(bodies.map((_, i) => bodies.slice(0, i).reduce((n, b) => n + b.text.length, 0)));
    expect(log.at(-1)!.type).to.equal('end');
  });

  it('reads a JSON answer: base64 audio, and word marks moved to the whole text', async () => {
    // A service that answers 0.2 s of audio and a mark for each word of the chunk it was sent.
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      const { text } = JSON.parse(String(init.body)) as { text: string };
      const marks = [...text.matchAll(/\S+(?=[\s.]|$)/g)].map((m, i) => ({ type: 'word', charIndex: m.index, charLength: m[0].replace(/\.$/, '').length, time: i * 0.1 }));
      return new Response(JSON.stringify({ audio: btoa('\0'.repeat(1600)), marks }), { headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    const clock = new FakeClock();
    const output = new FakeAudioOutput(clock);
    const engine = createHttpEngine({ url: '/speech', voices: [{ id: 'uz', name: 'Agency Uzbek', lang: 'uz-Latn' }], fetch: fakeFetch, maxChunkLength: 12 });
    const synthesis = createSpeechSynthesis({ engines: [engine], output });
    const text = 'Salom dunyo. Xayr dunyo.';
    const u = utter(text);
    const log = record(u);
    synthesis.speak(u);
    await clock.advance(1000);
    expect(spokenWords(log, text)).to.deep.equal(['Salom', 'dunyo', 'Xayr', 'dunyo']);
    expect(output.played.map((p) => p.seconds)).to.deep.equal([0.2, 0.2]);
  });

  it('names a network failure network and a refusal not-allowed', async () => {
    for (const [fetchImpl, code] of [
      [async () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
      [async () => new Response('no', { status: 403 }), 'not-allowed'],
      [async () => new Response('no', { status: 500 }), 'synthesis-failed'],
    ] as const) {
      const clock = new FakeClock();
      const engine = createHttpEngine({ url: '/speech', voices: [{ id: 'uz', name: 'Agency Uzbek', lang: 'uz-Latn' }], fetch: fetchImpl as unknown as typeof fetch });
      const synthesis: SpeechSynthesis = createSpeechSynthesis({ engines: [engine], output: new FakeAudioOutput(clock) });
      const u = utter('Salom.');
      const log = record(u);
      synthesis.speak(u);
      await clock.advance(100);
      expect(log.map((e) => e.error)).to.deep.equal([code]);
    }
  });
});
