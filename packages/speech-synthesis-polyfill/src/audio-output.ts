import { SpeechEngineError, type PcmAudio } from './engine.js';

/**
 * Where audio is heard. A playback is one utterance's stretch of audio: buffers are queued
 * one after another, and `position` is the audio clock (seconds heard), which stands still
 * while paused. Boundary events wait on this clock, so highlights follow what is heard.
 */
export interface AudioOutput {
  createPlayback(volume: number): Playback;
  /** Turns encoded audio into samples. */
  decode(data: ArrayBuffer): Promise<PcmAudio>;
}

export interface Playback {
  /** Resolves once audio can be heard; rejects with a `SpeechEngineError` (`not-allowed`, `audio-hardware`). */
  ready(): Promise<void>;
  /** Queues audio after what is queued; returns the position (seconds) where it starts. */
  append(audio: PcmAudio): number;
  /** Seconds of audio queued so far. */
  readonly duration: number;
  /** Seconds heard so far. */
  readonly position: number;
  /** Resolves when `position` reaches `time`, or rejects when `signal` aborts. */
  waitFor(time: number, signal: AbortSignal): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Silences and releases everything queued. */
  stop(): void;
}

/** Waits for `ms` milliseconds, or until `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
  });
}

/** Small lead so the first buffer is not clipped while the context spins up. */
const lead = 0.03;

/** Plays through one shared Web Audio `AudioContext`. */
export class WebAudioOutput implements AudioOutput {
  #context?: AudioContext;

  /** The shared context; created on first use, which the first `speak()` after a click is. */
  get context(): AudioContext {
    this.#context ??= new AudioContext();
    return this.#context;
  }

  createPlayback(volume: number): Playback {
    return new WebAudioPlayback(this.context, volume);
  }

  decode(data: ArrayBuffer): Promise<PcmAudio> {
    return this.context.decodeAudioData(data).then((buffer) => ({ sampleRate: buffer.sampleRate, samples: buffer.getChannelData(0) }));
  }
}

class WebAudioPlayback implements Playback {
  readonly #context: AudioContext;
  readonly #gain: GainNode;
  readonly #sources = new Set<AudioBufferSourceNode>();
  /** Context time at position 0, fixed by the first append. */
  #origin?: number;
  #duration = 0;
  #stopped = false;

  constructor(context: AudioContext, volume: number) {
    this.#context = context;
    this.#gain = context.createGain();
    this.#gain.gain.value = volume;
    this.#gain.connect(context.destination);
  }

  async ready(): Promise<void> {
    const context = this.#context;
    if (context.state === 'running') return;
    // Without a user gesture the browser keeps the context suspended and resume() never settles.
    await Promise.race([context.resume(), new Promise((resolve) => setTimeout(resolve, 1500))]);
    if ((context.state as string) !== 'running') {
      throw new SpeechEngineError('not-allowed', 'The browser does not allow audio to start without a user action.');
    }
  }

  append(audio: PcmAudio): number {
    const context = this.#context;
    this.#origin ??= context.currentTime + lead;
    // A chunk that arrives after the audio ran out starts now; the timeline shifts with it.
    const start = Math.max(this.#origin + this.#duration, context.currentTime + 0.005);
    const offset = start - this.#origin;
    const buffer = context.createBuffer(1, Math.max(1, audio.samples.length), audio.sampleRate);
    buffer.copyToChannel(audio.samples as Float32Array<ArrayBuffer>, 0);
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.#gain);
    source.onended = () => this.#sources.delete(source);
    source.start(start);
    this.#sources.add(source);
    this.#duration = offset + buffer.duration;
    return offset;
  }

  get duration(): number {
    return this.#duration;
  }

  get position(): number {
    if (this.#origin === undefined) return 0;
    return Math.min(this.#duration, Math.max(0, this.#context.currentTime - this.#origin));
  }

  async waitFor(time: number, signal: AbortSignal): Promise<void> {
    while (!this.#stopped && this.position < time) {
      // Poll the audio clock; at most 40 ms late, about one frame at 25 frames a second.
      const remaining = (time - this.position) * 1000;
      await sleep(Math.max(4, Math.min(40, remaining)), signal);
    }
    if (signal.aborted) throw signal.reason;
  }

  pause(): Promise<void> {
    return this.#context.suspend();
  }

  resume(): Promise<void> {
    return this.#context.resume();
  }

  stop(): void {
    this.#stopped = true;
    for (const source of this.#sources) {
      try {
        source.stop();
      } catch {
        // Already stopped.
      }
    }
    this.#sources.clear();
    this.#gain.disconnect();
    // A paused context would keep the next utterance silent.
    if (this.#context.state === 'suspended') void this.#context.resume();
  }
}
