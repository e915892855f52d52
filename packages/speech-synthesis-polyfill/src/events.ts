import { SpeechSynthesisUtterance } from './utterance.js';
import { toDOMString, webidlInterface } from './webidl.js';

export interface SpeechSynthesisEventInit extends EventInit {
  utterance: SpeechSynthesisUtterance;
  charIndex?: number;
  charLength?: number;
  elapsedTime?: number;
  name?: string;
}

/** The error codes of the specification. */
export type SpeechSynthesisErrorCode =
  | 'canceled'
  | 'interrupted'
  | 'audio-busy'
  | 'audio-hardware'
  | 'network'
  | 'synthesis-unavailable'
  | 'synthesis-failed'
  | 'language-unavailable'
  | 'voice-unavailable'
  | 'text-too-long'
  | 'invalid-argument'
  | 'not-allowed';

export const errorCodes: readonly SpeechSynthesisErrorCode[] = [
  'canceled',
  'interrupted',
  'audio-busy',
  'audio-hardware',
  'network',
  'synthesis-unavailable',
  'synthesis-failed',
  'language-unavailable',
  'voice-unavailable',
  'text-too-long',
  'invalid-argument',
  'not-allowed',
];

export interface SpeechSynthesisErrorEventInit extends SpeechSynthesisEventInit {
  error: SpeechSynthesisErrorCode;
}

/** WebIDL `unsigned long`: modulo 2^32. */
const toUnsignedLong = (value: unknown) => {
  const number = Math.trunc(Number(value));
  return Number.isFinite(number) ? ((number % 2 ** 32) + 2 ** 32) % 2 ** 32 : 0;
};

/** An utterance event: `start`, `end`, `pause`, `resume`, `mark`, `boundary`. */
export class SpeechSynthesisEvent extends Event {
  readonly #utterance: SpeechSynthesisUtterance;
  readonly #charIndex: number;
  readonly #charLength: number;
  readonly #elapsedTime: number;
  readonly #name: string;

  constructor(type: string, init: SpeechSynthesisEventInit) {
    if (arguments.length < 2) throw new TypeError(`Failed to construct 'SpeechSynthesisEvent': 2 arguments required.`);
    if (!(init?.utterance instanceof SpeechSynthesisUtterance)) {
      throw new TypeError(`Failed to construct 'SpeechSynthesisEvent': 'utterance' is required and must be a SpeechSynthesisUtterance.`);
    }
    super(type, init);
    this.#utterance = init.utterance;
    this.#charIndex = toUnsignedLong(init.charIndex ?? 0);
    this.#charLength = toUnsignedLong(init.charLength ?? 0);
    this.#elapsedTime = Math.fround(Number(init.elapsedTime ?? 0));
    this.#name = toDOMString(init.name ?? '');
  }

  get utterance(): SpeechSynthesisUtterance {
    return this.#utterance;
  }
  /** Where in the utterance's text the event happened (UTF-16 code units). */
  get charIndex(): number {
    return this.#charIndex;
  }
  /** How many characters the word or sentence spans, or 0 when the engine does not say. */
  get charLength(): number {
    return this.#charLength;
  }
  /** Seconds since the utterance started being heard. */
  get elapsedTime(): number {
    return this.#elapsedTime;
  }
  /** `word` or `sentence` for `boundary`; the mark's name for `mark`. */
  get name(): string {
    return this.#name;
  }
}
webidlInterface(SpeechSynthesisEvent, 'SpeechSynthesisEvent', 2);

/** An utterance failed, or was canceled or interrupted. */
export class SpeechSynthesisErrorEvent extends SpeechSynthesisEvent {
  readonly #error: SpeechSynthesisErrorCode;

  constructor(type: string, init: SpeechSynthesisErrorEventInit) {
    if (arguments.length < 2) throw new TypeError(`Failed to construct 'SpeechSynthesisErrorEvent': 2 arguments required.`);
    if (!errorCodes.includes(init?.error)) {
      throw new TypeError(`Failed to construct 'SpeechSynthesisErrorEvent': '${String(init?.error)}' is not a valid SpeechSynthesisErrorCode.`);
    }
    super(type, init);
    this.#error = init.error;
  }

  get error(): SpeechSynthesisErrorCode {
    return this.#error;
  }
}
webidlInterface(SpeechSynthesisErrorEvent, 'SpeechSynthesisErrorEvent', 2);
