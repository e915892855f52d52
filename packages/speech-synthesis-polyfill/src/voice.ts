import { internal, webidlInterface } from './webidl.js';

export interface VoiceInit {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * A voice, as `getVoices()` lists it. Like the browser's, it cannot be constructed by page
 * code: voices come from an engine's static list.
 */
export class SpeechSynthesisVoice {
  readonly #init: VoiceInit;

  constructor(token?: typeof internal, init?: VoiceInit) {
    if (token !== internal || !init) throw new TypeError('Illegal constructor');
    this.#init = { ...init };
  }

  get voiceURI(): string {
    return this.#init.voiceURI;
  }
  get name(): string {
    return this.#init.name;
  }
  get lang(): string {
    return this.#init.lang;
  }
  get localService(): boolean {
    return this.#init.localService;
  }
  get default(): boolean {
    return this.#init.default;
  }
}
webidlInterface(SpeechSynthesisVoice, 'SpeechSynthesisVoice');
// Lets a reader tell engine voices from the browser's without importing this package: the kit
// prefers a device voice for a language when there is one (a system Russian over eSpeak's).
Object.defineProperty(SpeechSynthesisVoice.prototype, Symbol.for('qulay.speech.engineVoice'), { value: true });

/** The browser's own voice class, captured before `install()` can replace the global. */
export const NativeVoice: (abstract new () => globalThis.SpeechSynthesisVoice) | undefined = globalThis.SpeechSynthesisVoice;

/** Whether a value is a voice of this package or of the browser. */
export function isVoice(value: unknown): value is SpeechSynthesisVoice | globalThis.SpeechSynthesisVoice {
  return value instanceof SpeechSynthesisVoice || (!!NativeVoice && value instanceof NativeVoice);
}
