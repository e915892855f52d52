import { WebAudioOutput, type AudioOutput, type Playback } from './audio-output.js';
import { SpeechEngineError, type SpeechEngine, type SpeechMark } from './engine.js';
import { SpeechSynthesisErrorEvent, SpeechSynthesisEvent, type SpeechSynthesisErrorCode } from './events.js';
import { speakNative, type NativeSynthesis } from './native-speech.js';
import { engineEntries, routeJob, type EngineEntry, type Job } from './routing.js';
import { sourceSpan, spokenText } from './ssml.js';
import { SpeechSynthesisUtterance } from './utterance.js';
import { defineEventHandlers, internal, webidlInterface } from './webidl.js';

type AnyVoice = globalThis.SpeechSynthesisVoice;
type EventFields = { charIndex?: number; charLength?: number; name?: string; elapsedTime?: number };

/** Chromium refuses longer text the same way. */
export const maxTextLength = 32767;

export interface SpeechSynthesisOptions {
  /** Engines in order of preference. */
  engines: readonly SpeechEngine[];
  /** Where audio is heard; Web Audio unless a test passes a fake. */
  output?: AudioOutput;
  /** A browser synthesis to keep using for the languages its voices speak (`augment`). */
  native?: NativeSynthesis;
}

let isSynthesis: (value: unknown) => boolean;

/**
 * The Web Speech API's `SpeechSynthesis` over engines. One queue: `speak()` appends,
 * the head is spoken, `cancel()` empties it (`interrupted` for the utterance cut off,
 * `canceled` for each one that never started), `pause()` and `resume()` suspend the audio.
 */
export class SpeechSynthesis extends EventTarget {
  readonly #entries: EngineEntry[];
  readonly #output: AudioOutput;
  readonly #native?: NativeSynthesis;
  #queue: Job[] = [];
  /** Whether `pause()` holds the queue: no audio is heard and nothing starts until `resume()`. */
  #held = false;
  /** What `paused` reads: it changes just before the `pause` or `resume` event, as in Chromium. */
  #paused = false;
  #running = false;
  #resumed: Array<() => void> = [];

  /** Defined on the prototype by defineEventHandlers() below. */
  declare onvoiceschanged: ((this: SpeechSynthesis, event: Event) => unknown) | null;

  static {
    isSynthesis = (value) => typeof value === 'object' && value !== null && #queue in value;
  }

  constructor(token?: typeof internal, options?: SpeechSynthesisOptions) {
    if (token !== internal || !options) throw new TypeError('Illegal constructor');
    super();
    this.#output = options.output ?? new WebAudioOutput();
    this.#native = options.native;
    // The browser's default voice stays the default; otherwise the first engine voice marked so.
    this.#entries = engineEntries(options.engines, !!this.#native?.synthesis.getVoices().some((v) => v.default));
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
    if (this.#held) return;
    this.#held = true;
    this.#pauseOrResumeCurrent('pause');
  }

  resume(): void {
    if (!this.#held) return;
    this.#held = false;
    for (const wake of this.#resumed.splice(0)) wake();
    this.#pauseOrResumeCurrent('resume');
  }

  /**
   * Suspends or resumes the audio of the utterance being spoken, then fires the event of that
   * name; `paused` changes just before it (#fire). With nothing being spoken there is no event,
   * and `paused` changes at once: the specification's paused state does not depend on the
   * queue (Chromium leaves `paused` false then, though its queue is held all the same).
   */
  #pauseOrResumeCurrent(action: 'pause' | 'resume'): void {
    const job = this.#queue[0];
    if (!job?.started) {
      this.#paused = action === 'pause';
      return;
    }
    // The browser's synthesis fires its own event, which speakNative() forwards.
    if (job.nativeCancel) return this.#native?.synthesis[action]();
    const playback = job.playback;
    job.audioSteps = job.audioSteps
      .then(() => playback?.[action]())
      .then(() => {
        if (this.#queue[0] === job) this.#fire(job, action);
        else this.#paused = action === 'pause';
      });
  }

  /** Speaks the head of the queue until the queue is empty. */
  async #pump(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      // Events are never fired inside `speak()`: listeners added right after it still hear them.
      await null;
      while (this.#queue.length) {
        const job = this.#queue[0];
        try {
          await this.#speakJob(job);
        } catch (error) {
          // Whatever went wrong, this utterance ends with an error event and the queue goes on:
          // one failing utterance must never leave the ones after it waiting forever.
          if (this.#queue[0] === job) {
            // Stops whatever of the job is still running (a producer checks the signal), and its
            // sound: audio left playing would be heard over the next utterance. Each step on
            // its own, so one that throws again cannot keep the other from running.
            job.controller.abort();
            for (const stop of [() => job.playback?.stop(), () => job.nativeCancel?.()]) {
              try {
                stop();
              } catch {
                // Nothing more to do: the utterance fails either way.
              }
            }
            this.#end(job, 'synthesis-failed');
          }
          console.warn('[qulay speech] synthesis failed:', error);
        }
        if (this.#queue[0] === job) this.#queue.shift();
      }
    } finally {
      this.#running = false;
    }
  }

  async #speakJob(job: Job): Promise<void> {
    const route = routeJob(job, this.#entries, this.#native?.synthesis.getVoices() ?? []);
    if ('error' in route) return this.#end(job, route.error);
    if (job.text.length > maxTextLength) return this.#end(job, 'text-too-long');
    job.spoken = spokenText(job.text);
    if ('native' in route) {
      return speakNative(this.#native!, job, {
        fire: (type, init) => this.#fire(job, type, init),
        finish: (error, elapsedTime) => this.#end(job, error, elapsedTime),
      });
    }
    const { entry } = route;
    const signal = job.controller.signal;
    let playback: Playback;
    try {
      playback = job.playback = this.#output.createPlayback(job.volume);
    } catch {
      return this.#end(job, 'audio-hardware');
    }
    const marks: SpeechMark[] = [];
    let produced = false;
    let done = false;
    let failure: unknown;
    let wake = () => {};
    const changed = () => new Promise<void>((resolve) => (wake = resolve));

    const producer = (async () => {
      const { text } = job.spoken!;
      const request = { text, lang: job.lang || entry.engineVoice.lang, voice: entry.engineVoice, rate: job.rate, pitch: job.pitch, volume: job.volume };
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
          const name = mark.type === 'mark' ? (mark.name ?? '') : mark.type;
          this.#fire(job, mark.type === 'mark' ? 'mark' : 'boundary', { charIndex: mark.charIndex, charLength: mark.charLength, name });
        } else if (!done) await changed();
        else if (failure !== undefined) throw failure;
        else break;
      }
      await playback.waitFor(playback.duration, signal);
      await job.audioSteps;
      playback.stop();
      this.#end(job);
    } catch (error) {
      playback.stop();
      // A canceled job already had its event from cancel().
      if (signal.aborted) return;
      this.#end(job, error instanceof SpeechEngineError ? error.code : 'synthesis-failed');
      if (!(error instanceof SpeechEngineError)) console.warn('[qulay speech] synthesis failed:', error);
    } finally {
      await producer;
    }
  }

  #untilResumed(signal: AbortSignal): Promise<void> {
    if (!this.#held) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#resumed.push(resolve);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }

  /**
   * Fires an utterance event. `charIndex`/`charLength` arrive in the spoken text and leave as
   * positions in the utterance's own text (they differ for SSML); `paused` changes just
   * before `pause` and `resume`.
   */
  #fire(job: Job, type: string, init: EventFields = {}): void {
    let { charIndex = job.lastCharIndex, charLength } = init;
    if (init.charIndex !== undefined && job.spoken) [charIndex, charLength] = sourceSpan(job.spoken, init.charIndex, init.charLength ?? 0);
    if (type === 'boundary') job.lastCharIndex = charIndex;
    if (type === 'pause' || type === 'resume') this.#paused = type === 'pause';
    const elapsedTime = init.elapsedTime ?? job.playback?.position ?? 0;
    job.utterance.dispatchEvent(new SpeechSynthesisEvent(type, { utterance: job.utterance, name: init.name, charIndex, charLength, elapsedTime }));
  }

  /** An utterance is over: out of the queue first, so `speaking` is false in `end` and `error`, as in browsers. */
  #end(job: Job, error?: SpeechSynthesisErrorCode, elapsedTime?: number): void {
    if (this.#queue[0] === job) this.#queue.shift();
    if (error) return this.#fail(job, error, elapsedTime);
    const elapsed = elapsedTime ?? job.playback?.position ?? 0;
    job.utterance.dispatchEvent(new SpeechSynthesisEvent('end', { utterance: job.utterance, charIndex: job.text.length, elapsedTime: elapsed }));
  }

  #fail(job: Job, error: SpeechSynthesisErrorCode, elapsedTime = job.playback?.position ?? 0): void {
    job.utterance.dispatchEvent(new SpeechSynthesisErrorEvent('error', { utterance: job.utterance, error, charIndex: job.lastCharIndex, elapsedTime }));
  }
}
webidlInterface(SpeechSynthesis, 'SpeechSynthesis');
defineEventHandlers(SpeechSynthesis.prototype, ['voiceschanged'], (value) => isSynthesis(value));
