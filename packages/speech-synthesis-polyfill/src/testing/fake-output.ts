import type { AudioOutput, Playback } from '../audio-output.js';
import { SpeechEngineError, type PcmAudio } from '../engine.js';

/** Lets pending promises and timers of zero delay run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A clock that moves only when a test says so. Audio played through `FakeAudioOutput` is
 * heard as this clock advances, and only while not paused.
 */
export class FakeClock {
  /** Seconds since the clock was made. */
  now = 0;
  readonly #listeners = new Set<(seconds: number) => void>();

  /** Moves time forward in steps of `stepMs`, letting promises settle after each step. */
  async advance(ms: number, stepMs = 10): Promise<void> {
    await flush();
    for (let left = ms; left > 1e-9; left -= stepMs) {
      const step = Math.min(stepMs, left) / 1000;
      this.now += step;
      for (const listener of [...this.#listeners]) listener(step);
      await flush();
    }
  }

  /** @internal */
  onTick(listener: (seconds: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export interface FakeAudioOutputOptions {
  /** False makes every playback fail as a browser that blocks autoplay would (`not-allowed`). */
  autoplay?: boolean;
}

/** An `AudioOutput` on a `FakeClock`: no sound, but the same timing as Web Audio. */
export class FakeAudioOutput implements AudioOutput {
  /** Every buffer played, in order, with the volume it was played at. */
  readonly played: Array<{ seconds: number; volume: number }> = [];
  /** How many playbacks are paused now. */
  pausedPlaybacks = 0;

  constructor(
    readonly clock: FakeClock,
    private readonly options: FakeAudioOutputOptions = {},
  ) {}

  /** Seconds of audio played in all. */
  get seconds(): number {
    return this.played.reduce((sum, item) => sum + item.seconds, 0);
  }

  createPlayback(volume: number): Playback {
    return new FakePlayback(this, volume, this.options.autoplay !== false);
  }

  /** One byte of encoded data is one sample at 8 kHz. */
  async decode(data: ArrayBuffer): Promise<PcmAudio> {
    return { sampleRate: 8000, samples: new Float32Array(data.byteLength) };
  }
}

class FakePlayback implements Playback {
  #position = 0;
  #duration = 0;
  #paused = false;
  #stopped = false;
  #waiters: Array<{ time: number; resolve: () => void }> = [];
  readonly #stopTicking: () => void;

  constructor(
    private readonly output: FakeAudioOutput,
    private readonly volume: number,
    private readonly allowed: boolean,
  ) {
    this.#stopTicking = output.clock.onTick((seconds) => {
      if (this.#paused || this.#stopped) return;
      this.#position = Math.min(this.#duration, this.#position + seconds);
      this.#settle();
    });
  }

  async ready(): Promise<void> {
    if (!this.allowed) throw new SpeechEngineError('not-allowed', 'Autoplay is blocked (FakeAudioOutput with autoplay: false).');
  }

  append(audio: PcmAudio): number {
    const start = this.#duration;
    const seconds = audio.samples.length / audio.sampleRate;
    this.#duration += seconds;
    this.output.played.push({ seconds, volume: this.volume });
    return start;
  }

  get duration(): number {
    return this.#duration;
  }
  get position(): number {
    return this.#position;
  }

  waitFor(time: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    if (this.#position >= time - 1e-9 || this.#stopped) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#waiters.push({ time, resolve });
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }

  async pause(): Promise<void> {
    if (!this.#paused) this.output.pausedPlaybacks++;
    this.#paused = true;
  }

  async resume(): Promise<void> {
    if (this.#paused) this.output.pausedPlaybacks--;
    this.#paused = false;
  }

  stop(): void {
    if (this.#paused) this.output.pausedPlaybacks--;
    this.#paused = false;
    this.#stopped = true;
    this.#stopTicking();
    this.#settle();
  }

  #settle(): void {
    const due = this.#waiters.filter((w) => this.#stopped || this.#position >= w.time - 1e-9);
    this.#waiters = this.#waiters.filter((w) => !due.includes(w));
    for (const waiter of due) waiter.resolve();
  }
}
