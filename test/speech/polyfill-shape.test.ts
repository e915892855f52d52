import { expect } from '@open-wc/testing';
import * as polyfill from '@qulay/speech-synthesis-polyfill';
import { createSpeechSynthesis, install, SpeechSynthesisUtterance, type SpeechSynthesisEvent } from '@qulay/speech-synthesis-polyfill';
import { FakeAudioOutput, FakeClock, FakeEngine, flush } from '@qulay/speech-synthesis-polyfill/testing';

/**
 * The polyfill against the browser's own objects: Chromium has the Web Speech interfaces even
 * with no voice, so what scripts can see of the polyfill is compared with the real thing.
 */
const names = ['SpeechSynthesis', 'SpeechSynthesisUtterance', 'SpeechSynthesisVoice', 'SpeechSynthesisEvent', 'SpeechSynthesisErrorEvent'] as const;
type Name = (typeof names)[number];
type Interface = { length: number; name: string; prototype: object };
// Captured before any test installs the polyfill.
const native = Object.fromEntries(names.map((name) => [name, (window as unknown as Record<Name, Interface>)[name]])) as Record<Name, Interface>;
const nativeGlobals = Object.fromEntries(['speechSynthesis', ...names].map((name) => [name, Object.getOwnPropertyDescriptor(window, name)]));
const ours = polyfill as unknown as Record<Name, Interface>;

/** What scripts can see of a property: value or accessor, its flags, a function's length. */
function shape(descriptor: PropertyDescriptor | undefined) {
  if (!descriptor) return 'missing';
  const { value, get, set, writable, enumerable, configurable } = descriptor;
  return { value: typeof value, get: typeof get, set: typeof set, writable, enumerable, configurable, length: typeof value === 'function' ? (value as () => void).length : undefined };
}
const members = (prototype: object) => Object.getOwnPropertyNames(prototype).filter((key) => key !== 'constructor').sort();
const own = (object: object, key: PropertyKey) => Object.getOwnPropertyDescriptor(object, key);

function setup(options: ConstructorParameters<typeof FakeEngine>[0] = {}) {
  const clock = new FakeClock();
  const engine = new FakeEngine(options);
  const synthesis = createSpeechSynthesis({ engines: [engine], output: new FakeAudioOutput(clock) });
  return { clock, engine, synthesis };
}

function utter(text: string, lang = 'uz-Latn') {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  return utterance;
}

describe("the polyfill's interfaces have the browser's shape", () => {
  for (const name of names) {
    it(`${name}: length, members, their flags and toStringTag are Chromium's`, () => {
      expect(ours[name].length, `${name}.length`).to.equal(native[name].length);
      expect(shape(own(ours[name], 'length'))).to.deep.equal(shape(own(native[name], 'length')));
      expect(members(ours[name].prototype)).to.deep.equal(members(native[name].prototype));
      for (const key of members(native[name].prototype)) {
        expect(shape(own(ours[name].prototype, key)), `${name}.prototype.${key}`).to.deep.equal(shape(own(native[name].prototype, key)));
      }
      expect(shape(own(ours[name].prototype, Symbol.toStringTag))).to.deep.equal(shape(own(native[name].prototype, Symbol.toStringTag)));
    });
  }

  it('WebIDL gives 0 for SpeechSynthesis, SpeechSynthesisUtterance and SpeechSynthesisVoice, and their operations are enumerable', () => {
    expect([polyfill.SpeechSynthesis.length, SpeechSynthesisUtterance.length, polyfill.SpeechSynthesisVoice.length]).to.deep.equal([0, 0, 0]);
    const enumerable = Object.keys(polyfill.SpeechSynthesis.prototype);
    for (const operation of ['speak', 'cancel', 'pause', 'resume', 'getVoices']) expect(enumerable).to.include(operation);
  });

  it('every attribute, on… handler and operation throws a TypeError when called on the prototype itself, as the browser does', () => {
    const utterance = new SpeechSynthesisUtterance('x');
    for (const name of names) {
      for (const key of members(native[name].prototype)) {
        const theirs = own(native[name].prototype, key)!;
        const descriptor = own(ours[name].prototype, key)!;
        const call = (fn: ((...args: unknown[]) => unknown) | undefined, receiver: object) => () => fn!.call(receiver, utterance);
        if (theirs.get) {
          expect(call(theirs.get, native[name].prototype), `native ${name}.${key}`).to.throw(TypeError);
          expect(call(descriptor.get, ours[name].prototype), `get ${name}.${key}`).to.throw(TypeError);
        }
        if (theirs.set) expect(call(descriptor.set, ours[name].prototype), `set ${name}.${key}`).to.throw(TypeError);
        if (typeof theirs.value === 'function') expect(call(descriptor.value, ours[name].prototype), `${name}.${key}()`).to.throw(TypeError);
      }
    }
    expect(utterance.onstart, 'an instance still reads its handler').to.equal(null);
  });

  it("install() makes window.speechSynthesis a read-only accessor like the browser's, and uninstall() puts the browser's back", () => {
    const installed = install({ engines: [new FakeEngine()], output: new FakeAudioOutput(new FakeClock()), mode: 'force' });
    try {
      const descriptor = own(window, 'speechSynthesis')!;
      expect(shape(descriptor)).to.deep.equal(shape(nativeGlobals.speechSynthesis));
      expect(descriptor.get!.name).to.equal(nativeGlobals.speechSynthesis!.get!.name);
      expect(window.speechSynthesis).to.equal(installed.synthesis);
      expect(Object.keys(window).filter((key) => key === 'speechSynthesis')).to.have.length(1);
      for (const name of names) expect(shape(own(window, name)), name).to.deep.equal(shape(nativeGlobals[name]));
    } finally {
      installed.uninstall();
    }
    expect(own(window, 'speechSynthesis')).to.deep.equal(nativeGlobals.speechSynthesis);
  });
});

describe('speaking and paused as Chromium sets them', () => {
  it('speaking is false inside end and error: the utterance leaves the queue first', async () => {
    const { synthesis, clock } = setup();
    const seen: string[] = [];
    const state = () => `speaking=${synthesis.speaking} pending=${synthesis.pending}`;
    const first = utter('Salom.');
    const second = utter('Xayr.');
    first.onstart = () => seen.push(`start ${state()}`);
    first.onend = () => seen.push(`end ${state()}`);
    second.onend = () => seen.push(`second end ${state()}`);
    synthesis.speak(first);
    synthesis.speak(second);
    await clock.advance(2000);
    expect(seen).to.deep.equal(['start speaking=true pending=true', 'end speaking=false pending=true', 'second end speaking=false pending=false']);

    const failing = setup({ failWith: 'network', failAt: 1 });
    const broken = utter('Bir. Ikki.');
    broken.onerror = () => seen.push(`error ${failing.synthesis.speaking}`);
    failing.synthesis.speak(broken);
    await failing.clock.advance(2000);
    expect(seen.at(-1)).to.equal('error false');
  });

  it('paused changes just before the pause and resume events, not inside pause() and resume()', async () => {
    const { synthesis, clock } = setup({ secondsPerWord: 0.1 });
    const u = utter('Bir ikki uch tort.');
    const seen: string[] = [];
    u.onpause = () => seen.push(`pause event: ${synthesis.paused}`);
    u.onresume = () => seen.push(`resume event: ${synthesis.paused}`);
    synthesis.speak(u);
    await clock.advance(150);
    synthesis.pause();
    seen.push(`after pause(): ${synthesis.paused}`);
    await flush();
    synthesis.resume();
    seen.push(`after resume(): ${synthesis.paused}`);
    await flush();
    expect(seen).to.deep.equal(['after pause(): false', 'pause event: true', 'after resume(): true', 'resume event: false']);
  });

  it('with nothing being spoken there is no event to wait for: paused changes at once, and the queue waits', async () => {
    const { synthesis, clock } = setup();
    synthesis.pause();
    expect(synthesis.paused).to.equal(true);
    const u = utter('Salom.');
    let started = false;
    u.onstart = () => (started = true);
    synthesis.speak(u);
    await clock.advance(500);
    expect(started).to.equal(false);
    synthesis.resume();
    expect(synthesis.paused).to.equal(false);
    await clock.advance(500);
    expect(started).to.equal(true);
  });
});

describe('SSML: the tags are stripped and the text is spoken', () => {
  /** The words the boundary events point at, cut from the utterance's own text. */
  async function speakAndWatch(text: string) {
    const { synthesis, clock, engine } = setup();
    const u = utter(text);
    const events: SpeechSynthesisEvent[] = [];
    for (const type of ['boundary', 'end', 'error']) u.addEventListener(type, (event) => events.push(event as SpeechSynthesisEvent));
    synthesis.speak(u);
    await clock.advance(2000);
    const boundaries = events.filter((e) => e.type === 'boundary' && e.name === 'word');
    const words = boundaries.map((e) => text.slice(e.charIndex, e.charIndex + e.charLength));
    return { spoken: engine.requests.map((r) => r.text), words, indices: boundaries.map((e) => e.charIndex), last: events.at(-1)! };
  }

  it('an SSML document is spoken as its text, entities decoded; boundaries point at the words in the markup', async () => {
    const text =
      '<?xml version="1.0" encoding="UTF-8"?>\n<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="uz-Latn">' +
      '<s>Salom <emphasis level="strong">dunyo</emphasis></s><s>Tom &amp; Jerry<break time="500ms"/>ketdi</s> <mark name="m1"/>O&#x2BB;zbekiston.</speak>';
    const { spoken, words, last } = await speakAndWatch(text);
    expect(spoken).to.deep.equal(['Salom dunyo\nTom & Jerry ketdi\n Oʻzbekiston.']);
    expect(words).to.deep.equal(['Salom', 'dunyo', 'Tom', 'Jerry', 'ketdi', 'O&#x2BB;zbekiston']);
    expect([last.type, last.charIndex], 'end points past the whole text').to.deep.equal(['end', text.length]);
  });

  it('reads CDATA and the text of any element, skips comments, and reads CRLF line ends as the XML parser does', async () => {
    const text = '<speak>\r\nBir<!-- not read --> <![CDATA[ikki < uch]]> <ш:изоҳ xmlns:ш="urn:x">to&apos;rt</ш:изоҳ></speak>';
    const { spoken, words } = await speakAndWatch(text);
    expect(spoken).to.deep.equal(["\nBir ikki < uch to'rt"]);
    expect(words).to.deep.equal(['Bir', 'ikki', 'uch', 'to&apos;rt']);
  });

  it("after a doctype: XML's own entities are read; an entity only a DTD defines makes the text be spoken as written", async () => {
    const prolog = '<!DOCTYPE speak [<!ENTITY place "dunyo">]>\n<!-- greeting -->';
    const plain = `${prolog}<speak>Salom &lt;dunyo&gt;</speak>`;
    const { spoken, words } = await speakAndWatch(plain);
    expect(spoken).to.deep.equal(['Salom <dunyo>']);
    expect(words).to.deep.equal(['Salom', 'dunyo']);
    const own = `${prolog}<speak>Salom &place;</speak>`;
    expect((await speakAndWatch(own)).spoken).to.deep.equal([own]);
  });

  it('text that is not a well-formed <speak> document is spoken as written', async () => {
    for (const text of ['<speak>Salom <b>dunyo</speak>', 'Ayting: <speak>salom</speak>', '<speaker>Ali</speaker>', '<?xml version="1.0"?><p>Salom</p>']) {
      const { spoken } = await speakAndWatch(text);
      expect(spoken, text).to.deep.equal([text]);
    }
  });

  it('read without a DOM parser: a second root, text after the root, an element left open, a bare < or &, and a DTD entity are not a document', async () => {
    const texts = ['<speak>Salom</speak><speak>dunyo</speak>', '<speak>Salom</speak> dunyo', '<speak>Salom <b>dunyo</b>', '<speak>a < b</speak>', '<speak>Tom & Jerry</speak>', '<speak>&nbsp;Salom</speak>', '<speak>&#0;</speak>'];
    for (const text of texts) {
      const { spoken } = await speakAndWatch(text);
      expect(spoken, text).to.deep.equal([text]);
    }
  });
});
