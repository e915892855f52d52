import { SpeechEngineError, type AudioChunk, type EngineVoice, type SpeechEngine, type SynthesisRequest } from '../engine.js';
import type { SpeechSynthesisErrorCode } from '../events.js';

export const fakeVoices: EngineVoice[] = [
  { id: 'uz-Latn', name: 'Fake Uzbek', lang: 'uz-Latn', localService: true, default: true },
  { id: 'uz-Cyrl', name: 'Fake Uzbek (Cyrillic)', lang: 'uz-Cyrl', localService: true },
  { id: 'kaa-Latn', name: 'Fake Karakalpak', lang: 'kaa-Latn', localService: true },
  { id: 'ru', name: 'Fake Russian', lang: 'ru-RU', localService: true },
  { id: 'en', name: 'Fake English', lang: 'en-GB', localService: true },
];

export interface FakeEngineOptions {
  name?: string;
  voices?: EngineVoice[];
  /** Seconds each word takes at rate 1. */
  secondsPerWord?: number;
  /** Fail every request with this code after the first chunk (or at once with `failAt: 0`). */
  failWith?: SpeechSynthesisErrorCode;
  failAt?: number;
}

/** A word as the fake engine counts it: letters, marks, digits and the Uzbek apostrophes. */
export const wordPattern = /[\p{L}\p{M}\p{N}\u02bb\u02bc'’-]+/gu;

/**
 * An engine with no sound: one chunk of silence per sentence, a `sentence` mark at its start
 * and a `word` mark at each word, `secondsPerWord / rate` apart. It records every request.
 */
export class FakeEngine implements SpeechEngine {
  readonly name: string;
  readonly voices: EngineVoice[];
  readonly requests: SynthesisRequest[] = [];
  /** Set to hold synthesis before the first chunk until `release()`. */
  held = false;
  #release?: () => void;

  constructor(private readonly options: FakeEngineOptions = {}) {
    this.name = options.name ?? 'fake';
    this.voices = options.voices ?? fakeVoices;
  }

  /** Lets held synthesis go on. */
  release(): void {
    this.held = false;
    this.#release?.();
  }

  async *synthesize(request: SynthesisRequest, signal: AbortSignal): AsyncGenerator<AudioChunk> {
    this.requests.push(request);
    if (this.held) await new Promise<void>((resolve) => (this.#release = resolve));
    const perWord = (this.options.secondsPerWord ?? 0.2) / request.rate;
    const sentences = [...new Intl.Segmenter(request.lang, { granularity: 'sentence' }).segment(request.text)];
    const { failWith, failAt = 1 } = this.options;
    for (const [index, { segment, index: start }] of sentences.entries()) {
      if (signal.aborted) return;
      if (failWith && index === failAt) throw new SpeechEngineError(failWith, 'Fake failure.');
      const words = [...segment.matchAll(wordPattern)];
      const sampleRate = 8000;
      const seconds = Math.max(1, words.length) * perWord;
      yield {
        audio: { sampleRate, samples: new Float32Array(Math.round(seconds * sampleRate)) },
        marks: [
          { type: 'sentence', charIndex: start, charLength: segment.trimEnd().length, time: 0 },
          ...words.map((word, i) => ({ type: 'word' as const, charIndex: start + word.index, charLength: word[0].length, time: i * perWord })),
        ],
      };
    }
    // Text with no sentence at all still fails when told to fail before the first chunk.
    if (failWith && failAt === 0 && !sentences.length) throw new SpeechEngineError(failWith, 'Fake failure.');
  }
}
