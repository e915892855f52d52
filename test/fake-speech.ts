import { useSpeechSynthesis } from '@qulay/core';

/** A voice as a fake engine offers it. */
export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export const fakeVoices: FakeVoice[] = [
  { name: 'Fake Uzbek', lang: 'uz-UZ', localService: true, default: false, voiceURI: 'fake-uz' },
  { name: 'Fake Russian', lang: 'ru-RU', localService: true, default: false, voiceURI: 'fake-ru' },
  { name: 'Fake English', lang: 'en-GB', localService: true, default: true, voiceURI: 'fake-en' },
];

/** An utterance that accepts any voice object (the browser's refuses foreign voices). */
export class FakeUtterance extends EventTarget {
  lang = '';
  voice: FakeVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  constructor(public text = '') {
    super();
  }
}

function speechEvent(type: string, init: Record<string, unknown>): Event {
  return Object.assign(new Event(type), init);
}

/**
 * A speech engine under the test's control: it records every utterance and speaks only
 * when told to (`nextWord()`, `finish()`), so tests can check each highlight in turn.
 */
export class FakeSpeechSynthesis extends EventTarget {
  spoken: FakeUtterance[] = [];
  current?: FakeUtterance;
  paused = false;
  private queue: FakeUtterance[] = [];
  private words: Array<{ index: number; segment: string }> = [];

  constructor(private voices: FakeVoice[] = fakeVoices, private reportsLength = true) {
    super();
  }

  get speaking() {
    return !!this.current;
  }
  get pending() {
    return this.queue.length > 0;
  }

  getVoices() {
    return this.voices;
  }

  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (!this.current) this.startNext();
  }

  pause() {
    this.paused = true;
  }

  resume() {
    this.paused = false;
  }

  cancel() {
    const current = this.current;
    const queued = this.queue;
    this.current = undefined;
    this.queue = [];
    current?.dispatchEvent(speechEvent('error', { error: 'interrupted', utterance: current }));
    for (const u of queued) u.dispatchEvent(speechEvent('error', { error: 'canceled', utterance: u }));
  }

  /** Speaks the next word of the current utterance; returns it (undefined at the end). */
  nextWord(): string | undefined {
    const utterance = this.current;
    const word = this.words.shift();
    if (!utterance || !word) return undefined;
    utterance.dispatchEvent(
      speechEvent('boundary', {
        name: 'word',
        charIndex: word.index,
        charLength: this.reportsLength ? word.segment.length : 0,
        utterance,
        elapsedTime: 0,
      }),
    );
    return word.segment;
  }

  /** Ends the current utterance (the controller then queues the next sentence). */
  finish() {
    const utterance = this.current;
    if (!utterance) return;
    this.current = undefined;
    utterance.dispatchEvent(speechEvent('end', { utterance, charIndex: utterance.text.length }));
    if (!this.current) this.startNext();
  }

  /** Finishes every sentence the controller queues, one after another; returns their texts. */
  finishAll(): string[] {
    const texts: string[] = [];
    while (this.current) {
      texts.push(this.current.text);
      this.finish();
    }
    return texts;
  }

  private startNext() {
    this.current = this.queue.shift();
    if (!this.current) return;
    const segmenter = new Intl.Segmenter(this.current.lang || undefined, { granularity: 'word' });
    this.words = [...segmenter.segment(this.current.text)].filter((s) => s.isWordLike);
    this.current.dispatchEvent(speechEvent('start', { utterance: this.current, charIndex: 0 }));
  }
}

/** Installs a fresh fake engine for the kit and returns it. */
export function installFakeSpeech(voices?: FakeVoice[], reportsLength?: boolean): FakeSpeechSynthesis {
  const fake = new FakeSpeechSynthesis(voices, reportsLength);
  useSpeechSynthesis(fake as unknown as SpeechSynthesis, FakeUtterance as unknown as typeof SpeechSynthesisUtterance);
  return fake;
}

/** The text under a CSS Custom Highlight right now. */
export function highlighted(name: string): string | undefined {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return undefined;
  return [...highlight].map((range) => range.toString()).join('');
}

/** Resolves after pending microtasks and a macrotask (the controller awaits voices). */
export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
