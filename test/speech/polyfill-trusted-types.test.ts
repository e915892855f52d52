import { expect } from '@open-wc/testing';
import { createSpeechSynthesis, install, SpeechSynthesisUtterance, type SpeechEngine, type SpeechSynthesis } from '@qulay/speech-synthesis-polyfill';
import { FakeAudioOutput, FakeClock, FakeEngine, fakeVoices } from '@qulay/speech-synthesis-polyfill/testing';
import { captureWarnings } from '../helpers.js';
import { NativeUtterance, nativeRussianVoice } from './fake-native.js';

/**
 * One utterance must never stop the queue. Under Trusted Types `DOMParser` throws for a plain
 * string, so SSML is read without it; an engine or the browser's synthesis may throw, and that
 * utterance fails with `synthesis-failed` while the next one is spoken.
 */

const ssml = '<speak version="1.1" xml:lang="uz-Latn"><s>Salom <emphasis>dunyo</emphasis></s> Tom &amp; Jerry O&#x2BB;zbekiston.</speak>';

/** Speaks each text in one queue: the engine's requests, each utterance's events (words cut from its own text). */
async function speakAll(texts: string[], engines: SpeechEngine[] = [new FakeEngine()], ms = 3000) {
  const clock = new FakeClock();
  const synthesis = createSpeechSynthesis({ engines, output: new FakeAudioOutput(clock) });
  const events = texts.map((text) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'uz-Latn';
    return watch(utterance);
  });
  const utterances = events.map((e) => e.utterance);
  utterances.forEach((u) => synthesis.speak(u));
  await clock.advance(ms);
  return { events: events.map((e) => e.log), pending: synthesis.pending, speaking: synthesis.speaking };
}

function watch(utterance: SpeechSynthesisUtterance) {
  const log: string[] = [];
  const text = utterance.text;
  for (const type of ['start', 'boundary', 'end', 'error']) {
    utterance.addEventListener(type, (event) => {
      const e = event as SpeechSynthesisEvent & { error?: string };
      if (type === 'boundary' && e.name !== 'word') return;
      log.push(type === 'boundary' ? text.slice(e.charIndex, e.charIndex + e.charLength) : type === 'error' ? `error:${e.error}` : type);
    });
  }
  return { utterance, log };
}

const words = ['Salom', 'dunyo', 'Tom', 'Jerry', 'O&#x2BB;zbekiston'];

describe('SSML where the XML parser throws (Trusted Types), stubbed', () => {
  const original = DOMParser.prototype.parseFromString;
  // What Chromium throws from parseFromString for a plain string when a page has
  // `require-trusted-types-for 'script'` (the real thing is tested in a frame below).
  beforeEach(() => {
    DOMParser.prototype.parseFromString = () => {
      throw new TypeError("Failed to execute 'parseFromString' on 'DOMParser': This document requires 'TrustedHTML' assignment.");
    };
  });
  afterEach(() => (DOMParser.prototype.parseFromString = original));

  it('an SSML utterance is still spoken as its text (the parser is never asked), and the plain one after it is spoken too', async () => {
    const engine = new FakeEngine();
    const { events, pending, speaking } = await speakAll([ssml, 'Xayr.'], [engine]);
    expect(engine.requests.map((r) => r.text)).to.deep.equal(['Salom dunyo\n Tom & Jerry Oʻzbekiston.', 'Xayr.']);
    expect(events).to.deep.equal([['start', ...words, 'end'], ['start', 'Xayr', 'end']]);
    expect([pending, speaking]).to.deep.equal([false, false]);
  });
});

describe('a failing utterance does not block the queue', () => {
  const [voice] = fakeVoices;

  it('an engine whose synthesize() throws at once: synthesis-failed, and the next utterance is spoken', async () => {
    let calls = 0;
    const fake = new FakeEngine();
    const throwing: SpeechEngine = {
      name: 'throws',
      voices: [voice],
      synthesize(request, signal) {
        if (calls++ === 0) throw new Error('engine broke');
        return fake.synthesize(request, signal);
      },
    };
    let result: Awaited<ReturnType<typeof speakAll>> | undefined;
    const warnings = await captureWarnings(async () => (result = await speakAll(['Bir.', 'Ikki.'], [throwing])));
    expect(result!.events).to.deep.equal([['error:synthesis-failed'], ['start', 'Ikki', 'end']]);
    expect(result!.pending).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('engine broke');
  });

  it('an engine that fails half-way: the words heard, then synthesis-failed, and the next utterance is spoken', async () => {
    let calls = 0;
    const fake = new FakeEngine();
    const failing: SpeechEngine = {
      name: 'fails',
      voices: [voice],
      async *synthesize(request, signal) {
        const first = calls++ === 0;
        for await (const chunk of fake.synthesize(request, signal)) {
          yield chunk;
          if (first) throw new Error('engine broke');
        }
      },
    };
    let result: Awaited<ReturnType<typeof speakAll>> | undefined;
    const warnings = await captureWarnings(async () => (result = await speakAll(['Bir ikki. Uch.', 'Tort.'], [failing])));
    expect(result!.events).to.deep.equal([['start', 'Bir', 'ikki', 'error:synthesis-failed'], ['start', 'Tort', 'end']]);
    expect(result!.pending).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('engine broke');
  });

  it("the browser's synthesis throwing from speak() (augment): synthesis-failed, and the next utterance is spoken", async () => {
    const nativeVoice = nativeRussianVoice();
    const brokenNative = Object.assign(new EventTarget(), {
      getVoices: () => [nativeVoice],
      speak() {
        throw new Error('speech service gone');
      },
      cancel() {},
      pause() {},
      resume() {},
    });
    const saved = (['speechSynthesis', 'SpeechSynthesisUtterance'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const);
    Object.defineProperty(window, 'speechSynthesis', { value: brokenNative, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: NativeUtterance, configurable: true, writable: true });
    const clock = new FakeClock();
    const installed = install({ engines: [new FakeEngine()], output: new FakeAudioOutput(clock), mode: 'augment' });
    try {
      const synthesis = window.speechSynthesis as unknown as SpeechSynthesis;
      const ru = new SpeechSynthesisUtterance('Привет');
      ru.lang = 'ru';
      const uz = new SpeechSynthesisUtterance('Salom');
      uz.lang = 'uz-Latn';
      const logs = [watch(ru), watch(uz)].map((w) => w.log);
      const warnings = await captureWarnings(async () => {
        synthesis.speak(ru);
        synthesis.speak(uz);
        await clock.advance(2000);
      });
      expect(warnings.join('\n')).to.contain('speech service gone');
      expect(logs).to.deep.equal([['error:synthesis-failed'], ['start', 'Salom', 'end']]);
      expect(synthesis.pending).to.equal(false);
    } finally {
      installed.uninstall();
      for (const [name, descriptor] of saved) Object.defineProperty(window, name, descriptor);
    }
  });
});

describe('under real Trusted Types, in a frame whose page enforces them', () => {
  type FrameWindow = Window & {
    DOMParser: typeof DOMParser;
    qulaySpeech?: { speak(texts: string[]): Promise<{ requests: string[]; events: string[][]; pending: boolean; speaking: boolean }> };
    violations: string[];
    defaultPolicyCalls: string[];
  };
  let frame: HTMLIFrameElement | undefined;
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  };
  afterEach(() => frame?.remove());

  /**
   * A same-origin frame whose page requires TrustedHTML (a `<meta>` CSP: web-test-runner serves
   * the test page itself without headers), allowing the policies named, with the polyfill
   * loaded in its realm and every violation recorded.
   */
  async function enforcingFrame(trustedTypes: string, setup = ''): Promise<FrameWindow> {
    const fixture = new URL('./fixtures/trusted-types-frame.ts', import.meta.url).href;
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html>
<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${trustedTypes}">
<script>
  window.violations = [];
  window.defaultPolicyCalls = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
  ${setup}
</script>
<script type="module">import ${JSON.stringify(fixture)};</script>`;
    document.body.append(frame);
    // The frame's own module graph loads after it is attached: wait for the fixture's global.
    const win = () => frame!.contentWindow as FrameWindow;
    await until(() => !!win().qulaySpeech);
    expect(win().qulaySpeech, 'the polyfill loaded in the frame').to.exist;
    return win();
  }

  it("Chromium refuses a plain string to DOMParser there, XML too; the polyfill speaks SSML without it and causes no violation", async () => {
    const win = await enforcingFrame('lit-html qulay-espeak');
    expect(() => new win.DOMParser().parseFromString('<speak>x</speak>', 'application/xml'), 'XML is a Trusted Types sink too').to.throw(/requires 'TrustedHTML' assignment/);
    // The refusal is reported as a violation (a task later): the frame's record sees them.
    await until(() => win.violations.length > 0);
    expect(win.violations).to.deep.equal(['require-trusted-types-for DOMParser parseFromString|<speak>x</speak>']);
    win.violations.length = 0;
    const { requests, events, pending, speaking } = await win.qulaySpeech!.speak([ssml, 'Xayr.']);
    expect(requests).to.deep.equal(['Salom dunyo\n Tom & Jerry Oʻzbekiston.', 'Xayr.']);
    expect(events).to.deep.equal([['start', ...words, 'end'], ['start', 'Xayr', 'end']]);
    expect([pending, speaking]).to.deep.equal([false, false]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.violations).to.deep.equal([]);
  });

  it("a page's default policy is never handed the utterance", async () => {
    const win = await enforcingFrame('lit-html qulay-espeak default', "trustedTypes.createPolicy('default', { createHTML: (s) => (defaultPolicyCalls.push(s), s) });");
    const { requests, events } = await win.qulaySpeech!.speak([ssml]);
    expect(requests).to.deep.equal(['Salom dunyo\n Tom & Jerry Oʻzbekiston.']);
    expect(events).to.deep.equal([['start', ...words, 'end']]);
    expect(win.defaultPolicyCalls).to.deep.equal([]);
    expect(win.violations).to.deep.equal([]);
  });
});
