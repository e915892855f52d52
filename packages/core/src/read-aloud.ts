import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getPreferences } from './preferences.js';
import { collectReadingRuns, rangeFor, splitSentences, type FieldWords, type ReadingSentence } from './reading-text.js';
import { resolveLocale } from './locales.js';
import { safeUrl } from './safe-url.js';

/**
 * Where speech comes from: the browser's `speechSynthesis`, unless a page installs another
 * implementation of the same interface (the speech-synthesis polyfill, or a fake in tests).
 */
const synthesisKey = Symbol.for('qulay.speechSynthesis');

/** A Web Speech synthesis implementation and its utterance class. */
export interface SpeechProvider {
  synthesis: SpeechSynthesis;
  Utterance: typeof SpeechSynthesisUtterance;
}
type SynthesisGlobal = typeof globalThis & { [synthesisKey]?: SpeechProvider };

/**
 * Installs a Web Speech synthesis implementation for the kit's read-aloud: the
 * speech-synthesis polyfill, or a fake in tests. Its utterance class comes with it, because
 * a browser's `SpeechSynthesisUtterance` refuses voices from another implementation.
 * `null` restores the browser's own.
 */
export function useSpeechSynthesis(synthesis: SpeechSynthesis | null, Utterance?: typeof SpeechSynthesisUtterance): void {
  const shared = globalThis as SynthesisGlobal;
  if (!synthesis) {
    delete shared[synthesisKey];
    return;
  }
  shared[synthesisKey] = { synthesis, Utterance: Utterance ?? globalThis.SpeechSynthesisUtterance };
}

/** The synthesis the kit speaks with, or undefined when the browser has none. */
export function currentSpeechProvider(): SpeechProvider | undefined {
  const installed = (globalThis as SynthesisGlobal)[synthesisKey];
  if (installed) return installed;
  const { speechSynthesis, SpeechSynthesisUtterance: Utterance } = globalThis as Partial<typeof globalThis>;
  return speechSynthesis && Utterance ? { synthesis: speechSynthesis, Utterance } : undefined;
}

const engineLoadsKey = Symbol.for('qulay.speechEngineLoads');
type LoadsGlobal = typeof globalThis & { [engineLoadsKey]?: Map<string, Promise<void>> };

/**
 * Loads a module that installs a speech engine, for example the eSpeak engine's
 * `qulay-espeak.js`, once per URL (and once per page, whichever copy of the kit asks; the module
 * itself is imported once by the browser however it is spelled).
 * Readers that start while it loads wait for it. Only `http:` and `https:` URLs are loaded.
 */
export function loadSpeechEngine(url: string): Promise<void> {
  const shared = globalThis as LoadsGlobal;
  const loads = (shared[engineLoadsKey] ??= new Map());
  let load = loads.get(url);
  if (!load) {
    // Remembered even when refused, so a bad value warns once, not at every preference change.
    load = importEngine(url);
    loads.set(url, load);
  }
  return load;
}

function importEngine(url: string): Promise<void> {
  const resolved = safeUrl(url);
  if (!resolved) {
    console.warn(`[qulay] speech engine: only http(s) modules are loaded, not "${url}"; reading aloud uses the browser's voices only.`);
    return Promise.resolve();
  }
  return import(/* @vite-ignore */ resolved).then(
    () => undefined,
    (error: unknown) => console.warn(`[qulay] speech engine "${resolved}" failed to load; reading aloud uses the browser's voices only.`, error),
  );
}

/** Waits for speech engines still loading. */
function enginesLoading(): Promise<unknown> | undefined {
  const loads = (globalThis as LoadsGlobal)[engineLoadsKey];
  return loads?.size ? Promise.all(loads.values()) : undefined;
}

/**
 * The reader speaking now, shared by every copy of the kit on the page (like the preferences
 * store and the announcer): a class static would let two copies read aloud at once.
 */
const activeReaderKey = Symbol.for('qulay.readAloud.active');
type ActiveGlobal = typeof globalThis & { [activeReaderKey]?: { stop(): void } };

/** The CSS Custom Highlight names; the token sheet styles them. */
export const highlightNames = { word: 'qulay-read-aloud-word', sentence: 'qulay-read-aloud-sentence' } as const;

/** Primary language and script of a tag, for matching voices: uz-Latn ≈ uz-UZ ≈ uz, uz-Cyrl only with Cyrl. */
function voiceMatches(voice: SpeechSynthesisVoice, lang: string): boolean {
  const wanted = resolveLocale(lang) ?? lang;
  const [wantedLanguage] = wanted.toLowerCase().split('-');
  const voiceTag = voice.lang.toLowerCase().replace(/_/g, '-');
  const [voiceLanguage] = voiceTag.split('-');
  if (voiceLanguage !== wantedLanguage) return false;
  // Cyrillic Uzbek text needs a voice that reads Cyrillic; a Latin-only Uzbek voice would spell it.
  if (wanted === 'uz-Cyrl') return voiceTag.includes('cyrl');
  return !voiceTag.includes('cyrl') || wantedLanguage === 'ru';
}

/** Voices a speech-synthesis polyfill engine provides (eSpeak NG, for example) carry this mark. */
const isEngineVoice = (voice: SpeechSynthesisVoice) => (voice as unknown as Record<symbol, unknown>)[Symbol.for('qulay.speech.engineVoice')] === true;

/**
 * Picks a voice for `lang`: the user's chosen voice when it fits; else the device's own
 * voices, a local one first; only then a polyfill engine's (a system Russian or English voice
 * sounds better than eSpeak's, and spares the download of its dictionary).
 */
export function pickVoice(voices: SpeechSynthesisVoice[], lang: string, preferred?: string): SpeechSynthesisVoice | undefined {
  const fitting = voices.filter((voice) => voiceMatches(voice, lang));
  const chosen = fitting.find((v) => v.name === preferred);
  if (chosen) return chosen;
  const device = fitting.filter((v) => !isEngineVoice(v));
  const engine = fitting.filter(isEngineVoice);
  return device.find((v) => v.localService) ?? device[0] ?? engine.find((v) => v.localService) ?? engine[0];
}

export type ReadAloudState = 'idle' | 'playing' | 'paused' | 'no-voice' | 'unsupported';

export interface ReadAloudOptions {
  /** The region to read; a function so it is looked up when reading starts. */
  target: () => Element | null | undefined;
  /** The words spoken for field states, in the page language. */
  fieldWords: () => FieldWords;
  /** The page language, for text with no `lang` of its own. */
  pageLang: () => string;
  /** Called with each state change (the host re-renders through the controller too). */
  onStateChange?: (state: ReadAloudState, detail: { missingLang?: string; voice?: string }) => void;
}

/** Waits briefly for voices: Chromium fills `getVoices()` only after `voiceschanged`. */
function voicesOf(synthesis: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synthesis.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synthesis.removeEventListener?.('voiceschanged', done);
      resolve(synthesis.getVoices());
    };
    const timer = setTimeout(done, 500);
    synthesis.addEventListener?.('voiceschanged', done);
  });
}

/**
 * Reads a region aloud, one sentence per utterance, highlighting the sentence and then each
 * word as the voice reaches it (CSS Custom Highlight API: the DOM is never changed).
 * Play, pause, resume, stop; the speed comes from the user's preferences.
 */
export class ReadAloudController implements ReactiveController {
  state: ReadAloudState = 'idle';
  /** The language that had no voice, when `state` is `no-voice`. */
  missingLang?: string;
  /** The name of the voice reading now. */
  voiceName?: string;
  /** The sentence being read (for tests and progress displays). */
  current?: ReadingSentence;

  private sentences: ReadingSentence[] = [];
  private index = 0;
  private synthesis?: SpeechSynthesis;
  private Utterance?: typeof SpeechSynthesisUtterance;
  private voices: SpeechSynthesisVoice[] = [];
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReadAloudOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    // Forgotten, so a removed element is not kept alive by the page-wide slot.
    const shared = globalThis as ActiveGlobal;
    if (shared[activeReaderKey] === this) delete shared[activeReaderKey];
  }

  /** Starts reading from the beginning of the region. */
  async play(): Promise<void> {
    // One voice at a time on a page, whichever copy of the kit started it.
    const shared = globalThis as ActiveGlobal;
    if (shared[activeReaderKey] !== this) shared[activeReaderKey]?.stop();
    shared[activeReaderKey] = this;
    this.stop();
    const run = ++this.run;
    const loading = enginesLoading();
    if (loading) {
      await loading;
      if (run !== this.run) return;
    }
    const provider = currentSpeechProvider();
    const target = this.options.target();
    if (!provider) return this.setState('unsupported');
    const { synthesis } = provider;
    this.Utterance = provider.Utterance;
    if (!target) return this.setState('idle');
    const runs = collectReadingRuns(target, this.options.pageLang(), this.options.fieldWords());
    this.sentences = splitSentences(runs);
    this.index = 0;
    this.synthesis = synthesis;
    this.voices = await voicesOf(synthesis);
    if (run !== this.run) return;
    const missing = this.sentences.find((s) => !pickVoice(this.voices, s.lang));
    if (missing) {
      this.missingLang = missing.lang;
      return this.setState('no-voice');
    }
    if (!this.sentences.length) return this.setState('idle');
    this.setState('playing');
    this.speakCurrent(run);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.synthesis?.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.synthesis?.resume();
    this.setState('playing');
  }

  /** Stops speech and clears the highlight. */
  stop(): void {
    this.run++;
    if (this.state === 'playing' || this.state === 'paused') this.synthesis?.cancel();
    this.clearHighlight();
    this.current = undefined;
    if (this.state !== 'idle') this.setState('idle');
  }

  private speakCurrent(run: number): void {
    const sentence = this.sentences[this.index];
    if (!sentence || !this.synthesis || !this.Utterance) {
      this.stop();
      return;
    }
    this.current = sentence;
    const preferences = getPreferences().get();
    const utterance = new this.Utterance(sentence.text);
    const voice = pickVoice(this.voices, sentence.lang, preferences.voice);
    utterance.lang = voice?.lang ?? sentence.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = preferences.speechRate;
    this.voiceName = voice?.name;
    utterance.addEventListener('start', () => {
      if (run === this.run) this.highlight(highlightNames.sentence, rangeFor(sentence, 0, sentence.text.length));
    });
    utterance.addEventListener('boundary', (event) => {
      if (run !== this.run || event.name !== 'word') return;
      const length = event.charLength || wordLengthAt(sentence.text, event.charIndex);
      this.highlight(highlightNames.word, rangeFor(sentence, event.charIndex, event.charIndex + length));
    });
    const next = () => {
      if (run !== this.run) return;
      this.clearHighlight();
      this.index++;
      if (this.index < this.sentences.length) this.speakCurrent(run);
      else this.stop();
    };
    utterance.addEventListener('end', next);
    utterance.addEventListener('error', (event) => {
      // `interrupted` and `canceled` come from our own stop(); anything else skips the sentence.
      if (event.error !== 'interrupted' && event.error !== 'canceled') next();
    });
    this.synthesis.speak(utterance);
  }

  private highlight(name: string, range: Range | undefined): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS) || !range) return;
    if (name === highlightNames.sentence) CSS.highlights.delete(highlightNames.word);
    CSS.highlights.set(name, new Highlight(range));
  }

  private clearHighlight(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.delete(highlightNames.word);
    CSS.highlights.delete(highlightNames.sentence);
  }

  private setState(state: ReadAloudState): void {
    this.state = state;
    this.options.onStateChange?.(state, { missingLang: this.missingLang, voice: this.voiceName });
    this.host.requestUpdate();
  }
}

/** A voice that reports no `charLength` gets the word's length from the text itself. */
function wordLengthAt(text: string, index: number): number {
  const match = /^[\p{L}\p{M}\p{N}\u02bb\u02bc'’-]+/u.exec(text.slice(index));
  return match ? match[0].length : 1;
}
