import { WebAudioOutput, type AudioOutput, type Playback } from './audio-output.js';
import { SpeechEngineError, type EngineVoice, type SpeechEngine, type SpeechMark } from './engine.js';
import { SpeechSynthesisErrorEvent, SpeechSynthesisEvent, type SpeechSynthesisErrorCode } from './events.js';
import { documentLanguage, languageScore } from './languages.js';
import { SpeechSynthesisUtterance } from './utterance.js';
import { SpeechSynthesisVoice } from './voice.js';
import { defineEventHandlers, internal, webidlInterface } from './webidl.js';

type AnyVoice = globalThis.SpeechSynthesisVoice;

/** Chromium refuses longer text the same way. */
export const maxTextLength = 32767;

export interface SpeechSynthesisOptions {
  /** Engines in order of preference. */
  engines: readonly SpeechEngine[];
  /** Where audio is heard; Web Audio unless a test passes a fake. */
  output?: AudioOutput;
  /** A browser synthesis to keep using for the languages its voices speak (`augment`). */
  native?: { synthesis: globalThis.SpeechSynthesis; Utterance: typeof globalThis.SpeechSynthesisUtterance };
}

interface EngineEntry {
  voice: SpeechSynthesisVoice;
  engineVoice: EngineVoice;
  engine: SpeechEngine;
}

/** One `speak()` call: the utterance's attributes as they were then. */
interface Job {
  utterance: SpeechSynthesisUtterance;
  text: string;
  lang: string;
  voice: AnyVoice | null;
  volume: number;
  rate: number;
  pitch: number;
  started: boolean;
  controller: AbortController;
  playback?: Playback;
  /** Pause and resume wait for each other, in order. */
  audioSteps: Promise<void>;
  /** Set while the browser's own synthesis speaks this job. */
  nativeCancel?: () => void;
  lastCharIndex: number;
}

type Route = { entry: EngineEntry } | { native: true } | { error: SpeechSynthesisErrorCode };

/**
 * The Web Speech API's `SpeechSynthesis` over engines. One queue: `speak()` appends,
 * the head is spoken, `cancel()` empties it (`interrupted` for the utterance cut off,
 * `canceled` for each one that never started), `pause()` and `resume()` suspend the audio.
 */
export class SpeechSynthesis extends EventTarget {
  readonly #entries: EngineEntry[];
  readonly #output: AudioOutput;
  readonly #native?: SpeechSynthesisOptions['native'];
  #queue: Job[] = [];
  #paused = false;
  #running = false;
  #resumed: Array<() => void> = [];

  /** Defined on the prototype by defineEventHandlers() below. */
  declare onvoiceschanged: ((this: SpeechSynthesis, event: Event) => unknown) | null;

  constructor(token?: typeof internal, options?: SpeechSynthesisOptions) {
    if (token !== internal || !options) throw new TypeError('Illegal constructor');
    super();
    this.#output = options.output ?? new WebAudioOutput();
    this.#native = options.native;
    const seen = new Set<string>();
    // The browser's default voice stays the default; otherwise the first engine voice marked so.
    let hasDefault = !!this.#native?.synthesis.getVoices().some((v) => v.default);
    this.#entries = options.engines.flatMap((engine) =>
      engine.voices.flatMap((engineVoice) => {
        const voiceURI = `${engine.name}:${engineVoice.id}`;
        if (seen.has(voiceURI)) return [];
        seen.add(voiceURI);
        const isDefault = !hasDefault && !!engineVoice.default;
        hasDefault ||= isDefault;
        const voice = new SpeechSynthesisVoice(internal, {
          voiceURI,
          name: engineVoice.name,
          lang: engineVoice.lang,
          localService: engineVoice.localService,
          default: isDefault,
        });
        return [{ voice, engineVoice, engine }];
      }),
    );
    this.#native?.synthesis.addEventListener('voiceschanged', () => this.dispatchEvent(new Event('voiceschanged')));
  }

  /** True while an utterance waits in the queue without having started. */
  get pending(): boolean {
    return this.#queue.some((job) => !job.started);
  }
  /** True from an utterance's `start` to its `end`, paused or not. */
  get speaking(): boolean {
    return !!this.#queue[0]?.started;
  }
  get paused(): boolean {
    return this.#paused;
  }

  /** Every voice, synchronously: the browser's (when augmenting) and then the engines'. */
  getVoices(): AnyVoice[] {
    const native = this.#native?.synthesis.getVoices() ?? [];
    return [...native, ...this.#entries.map((entry) => entry.voice)];
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    if (!(utterance instanceof SpeechSynthesisUtterance)) {
      throw new TypeError("Failed to execute 'speak': parameter 1 is not of type 'SpeechSynthesisUtterance'.");
    }
    this.#queue.push({
      utterance,
      text: utterance.text,
      lang: utterance.lang,
      voice: utterance.voice,
      volume: utterance.volume,
      rate: utterance.rate,
      pitch: utterance.pitch,
      started: false,
      controller: new AbortController(),
      audioSteps: Promise.resolve(),
      lastCharIndex: 0,
    });
    void this.#pump();
  }

  cancel(): void {
    const [current, ...waiting] = this.#queue;
    this.#queue = [];
    if (current) {
      current.controller.abort();
      current.playback?.stop();
      current.nativeCancel?.();
      this.#fail(current, current.started ? 'interrupted' : 'canceled');
    }
    for (const job of waiting) this.#fail(job, 'canceled');
  }

  pause(): void {
    if (this.#paused) return;
    this.#paused = true;
    this.#pauseOrResumeCurrent('pause');
  }

  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    for (const wake of this.#resumed.splice(0)) wake();
    this.#pauseOrResumeCurrent('resume');
  }

  /** Suspends or resumes the audio of the utterance being spoken, then fires the event of that name. */
  #pauseOrResumeCurrent(action: 'pause' | 'resume'): void {
    const job = this.#queue[0];
    if (!job?.started) return;
    // The browser's synthesis fires its own event, which #speakNative forwards.
    if (job.nativeCancel) return this.#native?.synthesis[action]();
    const playback = job.playback;
    job.audioSteps = job.audioSteps
      .then(() => playback?.[action]())
      .then(() => {
        if (this.#queue[0] === job) this.#fire(job, action);
      });
  }

  /** Speaks the head of the queue until the queue is empty. */
  async #pump(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    // Events are never fired inside `speak()`: listeners added right after it still hear them.
    await null;
    while (this.#queue.length) {
      const job = this.#queue[0];
      await this.#speakJob(job);
      if (this.#queue[0] === job) this.#queue.shift();
    }
    this.#running = false;
  }

  #route(job: Job): Route {
    const nativeVoices = this.#native?.synthesis.getVoices() ?? [];
    if (job.voice) {
      const entry = this.#entries.find((e) => e.voice === job.voice);
      if (entry) return { entry };
      return nativeVoices.includes(job.voice) ? { native: true } : { error: 'voice-unavailable' };
    }
    if (!this.#entries.length && !nativeVoices.length) return { error: 'synthesis-unavailable' };
    const lang = job.lang || documentLanguage();
    if (!lang) {
      if (nativeVoices.length) return { native: true };
      return { entry: this.#entries.find((e) => e.voice.default) ?? this.#entries[0] };
    }
    // The browser's voices first where they speak the language (its Russian and English are better).
    if (nativeVoices.some((voice) => languageScore(voice.lang, lang) > 0)) return { native: true };
    let best: EngineEntry | undefined;
    let bestScore = 0;
    for (const entry of this.#entries) {
      const score = languageScore(entry.engineVoice.lang, lang);
      if (score > bestScore) [best, bestScore] = [entry, score];
    }
    return best ? { entry: best } : { error: 'language-unavailable' };
  }

  async #speakJob(job: Job): Promise<void> {
    const route = this.#route(job);
    if ('error' in route) return this.#fail(job, route.error);
    if (job.text.length > maxTextLength) return this.#fail(job, 'text-too-long');
    if ('native' in route) return this.#speakNative(job);
    const { entry } = route;
    const signal = job.controller.signal;
    let playback: Playback;
    try {
      playback = job.playback = this.#output.createPlayback(job.volume);
    } catch {
      return this.#fail(job, 'audio-hardware');
    }
    const marks: SpeechMark[] = [];
    let produced = false;
    let done = false;
    let failure: unknown;
    let wake = () => {};
    const changed = () => new Promise<void>((resolve) => (wake = resolve));

    const producer = (async () => {
      const request = { text: job.text, lang: job.lang || entry.engineVoice.lang, voice: entry.engineVoice, rate: job.rate, pitch: job.pitch, volume: job.volume };
      for await (const chunk of entry.engine.synthesize(request, signal)) {
        if (signal.aborted) return;
        const audio = 'audio' in chunk ? chunk.audio : await this.#output.decode(chunk.encoded);
        if (!produced) {
          await this.#untilResumed(signal);
          await playback.ready();
        }
        const offset = playback.append(audio);
        produced = true;
        for (const mark of chunk.marks ?? []) marks.push({ ...mark, time: offset + mark.time });
        wake();
      }
    })()
      .catch((error) => (failure = error))
      .finally(() => {
        done = true;
        wake();
      });

    try {
      while (!produced && !done) await changed();
      if (failure !== undefined || signal.aborted) throw failure;
      if (!produced) await this.#untilResumed(signal);
      job.started = true;
      this.#fire(job, 'start');
      for (let next = 0; ; ) {
        const mark = marks[next];
        if (mark) {
          await playback.waitFor(mark.time, signal);
          next++;
          if (mark.type === 'mark') this.#fire(job, 'mark', { charIndex: mark.charIndex, name: mark.name ?? '' });
          else {
            job.lastCharIndex = mark.charIndex;
            this.#fire(job, 'boundary', { charIndex: mark.charIndex, charLength: mark.charLength, name: mark.type });
          }
        } else if (!done) await changed();
        else if (failure !== undefined) throw failure;
        else break;
      }
      await playback.waitFor(playback.duration, signal);
      await job.audioSteps;
      playback.stop();
      this.#fire(job, 'end', { charIndex: job.text.length });
    } catch (error) {
      playback.stop();
      // A canceled job already had its event from cancel().
      if (signal.aborted) return;
      this.#fail(job, error instanceof SpeechEngineError ? error.code : 'synthesis-failed');
      if (!(error instanceof SpeechEngineError)) console.warn('[qulay speech] synthesis failed:', error);
    } finally {
      await producer;
    }
  }

  /** Lets the browser speak the job, forwarding its events to the page's utterance. */
  #speakNative(job: Job): Promise<void> {
    const { synthesis, Utterance } = this.#native!;
    const native = new Utterance(job.text);
    native.lang = job.lang;
    if (job.voice) native.voice = job.voice;
    native.volume = job.volume;
    native.rate = job.rate;
    native.pitch = job.pitch;
    return new Promise((resolve) => {
      const finish = () => {
        job.nativeCancel = undefined;
        resolve();
      };
      job.nativeCancel = () => {
        synthesis.cancel();
        finish();
      };
      for (const type of ['start', 'pause', 'resume', 'mark', 'boundary', 'end'] as const) {
        native.addEventListener(type, (event) => {
          if (job.controller.signal.aborted) return;
          if (type === 'start') job.started = true;
          this.#fire(job, type, { charIndex: event.charIndex, charLength: event.charLength, name: event.name, elapsedTime: event.elapsedTime });
          if (type === 'end') finish();
        });
      }
      native.addEventListener('error', (event) => {
        if (!job.controller.signal.aborted) this.#fail(job, event.error);
        finish();
      });
      synthesis.speak(native);
    });
  }

  #untilResumed(signal: AbortSignal): Promise<void> {
    if (!this.#paused) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#resumed.push(resolve);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }

  #fire(job: Job, type: string, init: { charIndex?: number; charLength?: number; name?: string; elapsedTime?: number } = {}): void {
    const elapsedTime = init.elapsedTime ?? job.playback?.position ?? 0;
    const charIndex = init.charIndex ?? job.lastCharIndex;
    job.utterance.dispatchEvent(new SpeechSynthesisEvent(type, { utterance: job.utterance, ...init, charIndex, elapsedTime }));
  }

  #fail(job: Job, error: SpeechSynthesisErrorCode): void {
    const elapsedTime = job.playback?.position ?? 0;
    job.utterance.dispatchEvent(new SpeechSynthesisErrorEvent('error', { utterance: job.utterance, error, charIndex: job.lastCharIndex, elapsedTime }));
  }
}
webidlInterface(SpeechSynthesis.prototype, 'SpeechSynthesis', ['pending', 'speaking', 'paused']);
defineEventHandlers(SpeechSynthesis.prototype, ['voiceschanged']);

