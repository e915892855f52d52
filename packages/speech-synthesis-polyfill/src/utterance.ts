import { isVoice } from './voice.js';
import { defineEventHandlers, toDOMString, toFloat, webidlInterface } from './webidl.js';

type AnyVoice = globalThis.SpeechSynthesisVoice;
type UtteranceHandler = ((this: SpeechSynthesisUtterance, event: Event) => unknown) | null;

/** Clamps as Chromium does: a value out of range becomes the nearest bound. */
let isUtterance: (value: unknown) => value is SpeechSynthesisUtterance;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * One piece of text to speak, with its language, voice, volume, rate and pitch.
 * Events: `start`, `end`, `error`, `pause`, `resume`, `mark`, `boundary` (none bubbles,
 * none is cancelable).
 */
export class SpeechSynthesisUtterance extends EventTarget {
  #text: string;
  #lang = '';
  #voice: AnyVoice | null = null;
  #volume = 1;
  #rate = 1;
  #pitch = 1;

  // Event handler attributes, defined on the prototype by defineEventHandlers() below.
  declare onstart: UtteranceHandler;
  declare onend: UtteranceHandler;
  declare onerror: UtteranceHandler;
  declare onpause: UtteranceHandler;
  declare onresume: UtteranceHandler;
  declare onmark: UtteranceHandler;
  declare onboundary: UtteranceHandler;

  /** Whether a value is an utterance of this package (the brand check of its `on…` attributes). */
  static {
    isUtterance = (value) => typeof value === 'object' && value !== null && #text in value;
  }

  /** `undefined` counts as a missing argument (WebIDL `optional DOMString`), as in Chromium. */
  constructor(text?: string) {
    super();
    this.#text = text === undefined ? '' : toDOMString(text);
  }

  get text(): string {
    return this.#text;
  }
  set text(value: string) {
    this.#text = toDOMString(value);
  }
  get lang(): string {
    return this.#lang;
  }
  set lang(value: string) {
    this.#lang = toDOMString(value);
  }
  get voice(): AnyVoice | null {
    return this.#voice;
  }
  set voice(value: AnyVoice | null) {
    if (value !== null && value !== undefined && !isVoice(value)) {
      throw new TypeError("Failed to set 'voice': the value is not of type 'SpeechSynthesisVoice'.");
    }
    this.#voice = value ?? null;
  }
  /** 0 to 1. */
  get volume(): number {
    return this.#volume;
  }
  set volume(value: number) {
    this.#volume = clamp(toFloat(value, 'volume'), 0, 1);
  }
  /** 0.1 to 10, 1 is the voice's normal speed. */
  get rate(): number {
    return this.#rate;
  }
  set rate(value: number) {
    this.#rate = clamp(toFloat(value, 'rate'), 0.1, 10);
  }
  /** 0 to 2, 1 is the voice's normal pitch. */
  get pitch(): number {
    return this.#pitch;
  }
  set pitch(value: number) {
    this.#pitch = clamp(toFloat(value, 'pitch'), 0, 2);
  }
}

export const utteranceEvents = ['start', 'end', 'error', 'pause', 'resume', 'mark', 'boundary'] as const;

// `text` is optional, so the interface object's length is 0 as in browsers.
webidlInterface(SpeechSynthesisUtterance, 'SpeechSynthesisUtterance');
defineEventHandlers(SpeechSynthesisUtterance.prototype, utteranceEvents, (value) => isUtterance(value));

