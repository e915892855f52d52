import type { SpeechSynthesisErrorCode } from './events.js';

/** A voice an engine offers. The list is static so `getVoices()` can answer synchronously. */
export interface EngineVoice {
  /** Unique within the engine; becomes part of the voice's `voiceURI`. */
  id: string;
  /** Shown to the user, for example "Uzbek (eSpeak NG)". */
  name: string;
  /** BCP 47 tag, for example `uz-Latn`. */
  lang: string;
  /** True when the voice runs on the device (no network). */
  localService: boolean;
  /** At most one voice of all engines should be the default. */
  default?: boolean;
}

/** What to say, as the engine receives it. */
export interface SynthesisRequest {
  text: string;
  /** The utterance's language, or the voice's when the utterance has none. */
  lang: string;
  voice: EngineVoice;
  /** 0.1 to 10; 1 is the voice's normal speed. */
  rate: number;
  /** 0 to 2; 1 is the voice's normal pitch. */
  pitch: number;
  /** 0 to 1. The polyfill also applies it as gain, so engines may ignore it. */
  volume: number;
}

/** A point in the audio where a word, a sentence or an SSML mark starts. */
export interface SpeechMark {
  type: 'word' | 'sentence' | 'mark';
  /** UTF-16 offset into the request's text. */
  charIndex: number;
  /** UTF-16 length; 0 when unknown. */
  charLength: number;
  /** Seconds from the start of the chunk's audio. */
  time: number;
  /** The mark's name, for `mark`. */
  name?: string;
}

/** Mono PCM samples. */
export interface PcmAudio {
  sampleRate: number;
  samples: Float32Array;
}

/** A piece of audio, raw or encoded (WAV, MP3, Ogg: anything `decodeAudioData` reads). */
export type AudioChunk = ({ audio: PcmAudio } | { encoded: ArrayBuffer }) & { marks?: SpeechMark[] };

/** A speech engine: a static voice list, and audio for a request. */
export interface SpeechEngine {
  readonly name: string;
  readonly voices: readonly EngineVoice[];
  /** Yields audio in order; stops when `signal` aborts. Throw a `SpeechEngineError` to name the failure. */
  synthesize(request: SynthesisRequest, signal: AbortSignal): AsyncIterable<AudioChunk>;
}

/** An engine failure with the error code the utterance's `error` event should carry. */
export class SpeechEngineError extends Error {
  constructor(
    readonly code: SpeechSynthesisErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SpeechEngineError';
  }
}
