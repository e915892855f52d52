import type { Playback } from './audio-output.js';
import type { EngineVoice, SpeechEngine } from './engine.js';
import type { SpeechSynthesisErrorCode } from './events.js';
import { documentLanguage, languageScore } from './languages.js';
import type { SpokenText } from './ssml.js';
import type { SpeechSynthesisUtterance } from './utterance.js';
import { SpeechSynthesisVoice } from './voice.js';
import { internal } from './webidl.js';

type AnyVoice = globalThis.SpeechSynthesisVoice;

/** A voice of an engine, as `getVoices()` lists it. */
export interface EngineEntry {
  voice: SpeechSynthesisVoice;
  engineVoice: EngineVoice;
  engine: SpeechEngine;
}

/** One `speak()` call: the utterance's attributes as they were then. */
export interface Job {
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
  /** What is spoken: the text, or an SSML document's text, with its map back to `text`. */
  spoken?: SpokenText;
  lastCharIndex: number;
}

export type Route = { entry: EngineEntry } | { native: true } | { error: SpeechSynthesisErrorCode };

/** The engines' voices, each once; `hasDefault` when the browser's default voice stays the default. */
export function engineEntries(engines: readonly SpeechEngine[], hasDefault: boolean): EngineEntry[] {
  const seen = new Set<string>();
  return engines.flatMap((engine) =>
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
}

/** Who speaks a job: its voice's engine, the browser, or nobody (and which error). */
export function routeJob(job: Job, entries: readonly EngineEntry[], nativeVoices: readonly AnyVoice[]): Route {
  if (job.voice) {
    const entry = entries.find((e) => e.voice === job.voice);
    if (entry) return { entry };
    return nativeVoices.includes(job.voice) ? { native: true } : { error: 'voice-unavailable' };
  }
  if (!entries.length && !nativeVoices.length) return { error: 'synthesis-unavailable' };
  const lang = job.lang || documentLanguage();
  if (!lang) {
    if (nativeVoices.length) return { native: true };
    return { entry: entries.find((e) => e.voice.default) ?? entries[0] };
  }
  // The browser's voices first where they speak the language (its Russian and English are better).
  if (nativeVoices.some((voice) => languageScore(voice.lang, lang) > 0)) return { native: true };
  let best: EngineEntry | undefined;
  let bestScore = 0;
  for (const entry of entries) {
    const score = languageScore(entry.engineVoice.lang, lang);
    if (score > bestScore) [best, bestScore] = [entry, score];
  }
  return best ? { entry: best } : { error: 'language-unavailable' };
}
