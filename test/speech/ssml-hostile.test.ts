import { expect } from '@open-wc/testing';
import { createSpeechSynthesis, SpeechSynthesisUtterance, type AudioOutput, type Playback, type SpeechSynthesisEvent } from '@qulay/speech-synthesis-polyfill';
import { FakeAudioOutput, FakeClock, FakeEngine } from '@qulay/speech-synthesis-polyfill/testing';

/**
 * Utterance text a page did not write (a comment, a product name, a pasted document) must not
 * freeze the page nor make the engine speak something else. The hangs are caught by the test
 * runner's timeout (10 s a test): no test here measures time, each input is large enough that
 * the old patterns ran far past it.
 */

function setup(output?: (clock: FakeClock) => AudioOutput, options: ConstructorParameters<typeof FakeEngine>[0] = {}) {
  const clock = new FakeClock();
  const engine = new FakeEngine(options);
  const synthesis = createSpeechSynthesis({ engines: [engine], output: output?.(clock) ?? new FakeAudioOutput(clock) });
  return { clock, engine, synthesis };
}

/** Speaks each text in turn; returns what the engine was given and every event, per utterance. */
async function speakAll(texts: string[], ms = 2000) {
  const { synthesis, clock, engine } = setup();
  const events = texts.map((text) => {
    const u = new SpeechSynthesisUtterance(text);
    u.lang = 'uz-Latn';
    const log: SpeechSynthesisEvent[] = [];
    for (const type of ['start', 'boundary', 'end', 'error']) u.addEventListener(type, (event) => log.push(event as SpeechSynthesisEvent));
    synthesis.speak(u);
    return log;
  });
  await clock.advance(ms, 50);
  return { spoken: engine.requests.map((r) => r.text), events };
}

describe('SSML: hostile text neither hangs the page nor changes what is spoken', () => {
  it('a doctype with 40 [] pairs and no > is not a document (was exponential in the start check)', async () => {
    const text = `<!DOCTYPE${'[]'.repeat(40)} Salom`;
    const { spoken, events } = await speakAll([text]);
    expect(spoken).to.deep.equal([text]);
    expect(events[0].at(-1)?.type).to.equal('end');
  });

  it('a doctype with 40 [] pairs and no > after the root is not a document (was exponential in the tokenizer)', async () => {
    const text = `<speak>Salom</speak><!DOCTYPE${'[]'.repeat(40)}`;
    const { spoken, events } = await speakAll([text]);
    expect(spoken).to.deep.equal([text]);
    expect(events[0].at(-1)?.type).to.equal('end');
  });

  it('comments and an XML declaration that almost make a prolog are read once (were exponential in the start check)', async () => {
    const text = `<?xml version="1.0"?>${'<!--?>-->'.repeat(40)}<speaker>Ali</speaker>`;
    const { spoken } = await speakAll([text]);
    expect(spoken).to.deep.equal([text]);
  });

  it('a prolog with a one-subset doctype and comments is still read', async () => {
    const text = '<?xml version="1.0"?><!-- a --><!DOCTYPE speak [<!ENTITY x "y">]><!-- b - c --><speak>Salom <s>dunyo</s><break/>bor</speak>';
    const { spoken } = await speakAll([text]);
    expect(spoken).to.deep.equal(['Salom dunyo\nbor']);
  });

  it('&constructor; &toString; &__proto__; &hasOwnProperty; are not entities: spoken as written, every boundary inside the text', async () => {
    const text = '<speak>&constructor; &toString; &__proto__; &hasOwnProperty;</speak>';
    const { spoken, events } = await speakAll([text]);
    expect(spoken).to.deep.equal([text]);
    expect(spoken.join()).not.to.include('native code');
    const boundaries = events[0].filter((e) => e.type === 'boundary' && e.name === 'word');
    expect(boundaries.length).to.be.greaterThan(0);
    for (const e of boundaries) {
      expect(e.charIndex, 'charIndex').to.be.within(0, text.length - 1);
      expect(e.charIndex + e.charLength, 'charIndex + charLength').to.be.within(1, text.length);
    }
    const words = boundaries.map((e) => text.slice(e.charIndex, e.charIndex + e.charLength));
    // The fake engine's words are letters only, so `__proto__` is heard as "proto".
    expect(words).to.deep.equal(['speak', 'constructor', 'toString', 'proto', 'hasOwnProperty', 'speak']);
    expect(events[0].at(-1)?.type).to.equal('end');
  });

  it('an element named like an inherited member is still read as an element, its entities decoded', async () => {
    const text = '<speak><constructor>Tom &amp; Jerry</constructor></speak>';
    const { spoken } = await speakAll([text]);
    expect(spoken).to.deep.equal(['Tom & Jerry']);
  });

  it('<speak><a + 32,000 letters, 20 times, is spoken as written (the tag was read in n² steps: about 1 s each, past the timeout)', async () => {
    const text = `<speak><a${'b'.repeat(32_000)}`;
    const { spoken, events } = await speakAll(Array.from({ length: 20 }, () => text), 20 * 400);
    expect(spoken).to.have.length(20);
    for (const s of spoken) expect(s).to.equal(text);
    expect(events.map((log) => log.at(-1)?.type)).to.deep.equal(Array(20).fill('end'));
  });

  it('a document of 3,000 breaks, near the length limit, has each break spoken as one space', async () => {
    const text = `<speak>${'a<break/>'.repeat(3_000)}</speak>`;
    const { spoken } = await speakAll([text]);
    expect(spoken).to.deep.equal([`${'a '.repeat(3_000)}`]);
  });
});

/** An output whose playbacks' `stop()` throws the first time, as a failing audio node may: the queue must still stop the audio. */
class FlakyStopOutput implements AudioOutput {
  readonly stopped: boolean[] = [];
  constructor(private readonly inner: FakeAudioOutput) {}

  createPlayback(volume: number): Playback {
    const playback = this.inner.createPlayback(volume);
    const index = this.stopped.push(false) - 1;
    let calls = 0;
    return {
      ready: () => playback.ready(),
      append: (audio) => playback.append(audio),
      get duration() {
        return playback.duration;
      },
      get position() {
        return playback.position;
      },
      waitFor: (time, signal) => playback.waitFor(time, signal),
      pause: () => playback.pause(),
      resume: () => playback.resume(),
      stop: () => {
        if (calls++ === 0) throw new Error('The audio node could not be stopped.');
        playback.stop();
        this.stopped[index] = true;
      },
    };
  }

  decode(data: ArrayBuffer) {
    return this.inner.decode(data);
  }
}

describe('a failed utterance stops its audio', () => {
  it('when failing throws again on the way out, the queue stops the playback and speaks the next utterance', async () => {
    let output!: FlakyStopOutput;
    const { synthesis, clock } = setup((c) => (output = new FlakyStopOutput(new FakeAudioOutput(c))), { failWith: 'synthesis-failed', failAt: 1 });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const first = new SpeechSynthesisUtterance('Birinchi gap. Ikkinchi gap.');
      first.lang = 'uz-Latn';
      const second = new SpeechSynthesisUtterance('Salom.');
      second.lang = 'uz-Latn';
      const log: string[] = [];
      first.addEventListener('error', (e) => log.push(`first:error:${(e as Event & { error: string }).error}`));
      first.addEventListener('start', () => log.push('first:start'));
      second.addEventListener('start', () => log.push('second:start'));
      synthesis.speak(first);
      synthesis.speak(second);
      await clock.advance(3000, 50);
      expect(log.slice(0, 3)).to.deep.equal(['first:start', 'first:error:synthesis-failed', 'second:start']);
      expect(output.stopped[0], 'the failed utterance is silenced').to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});
