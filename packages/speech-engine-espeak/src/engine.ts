import { SpeechEngineError, type AudioChunk, type EngineVoice, type SpeechEngine, type SynthesisRequest } from '@qulay/speech-synthesis-polyfill';
import type { EspeakLanguage } from './normalize.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** This package's version and eSpeak's, naming the cache so an update fetches fresh data. */
const cacheName = 'qulay-espeak-0.1.0-ng-0.3.5';

/** The voices, named in their own languages; Cyrillic Uzbek is read by the Latin voice after transliteration. */
export const espeakVoices: ReadonlyArray<EngineVoice & { language: EspeakLanguage }> = [
  { id: 'uz-Latn', name: 'Oʻzbekcha (eSpeak NG)', lang: 'uz-Latn', language: 'uz', localService: true },
  { id: 'uz-Cyrl', name: 'Ўзбекча (eSpeak NG)', lang: 'uz-Cyrl', language: 'uz', localService: true },
  { id: 'kaa-Latn', name: 'Qaraqalpaqsha (eSpeak NG)', lang: 'kaa-Latn', language: 'kaa', localService: true },
  { id: 'kk', name: 'Қазақша (eSpeak NG)', lang: 'kk', language: 'kk', localService: true },
  { id: 'ru', name: 'Русский (eSpeak NG)', lang: 'ru', language: 'ru', localService: true },
  { id: 'en', name: 'English (eSpeak NG)', lang: 'en', language: 'en', localService: true },
];

export interface EspeakEngineOptions {
  /** The folder with `espeak-worker.js` and `espeak/`; by default, where this file is served from. */
  baseUrl?: string | URL;
  /** Only these voices (ids from `espeakVoices`), for example to leave out the 8.5 MB Russian dictionary. */
  voices?: readonly string[];
}

/** A page may enforce Trusted Types; a Worker URL then needs a policy (add `qulay-espeak` to `trusted-types`). */
function workerUrl(url: URL): string | URL {
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(u: string): string }): { createScriptURL(u: string): string } } }).trustedTypes;
  if (!trustedTypes) return url;
  try {
    const policy = trustedTypes.createPolicy('qulay-espeak', {
      createScriptURL: (value) => {
        if (value !== url.href) throw new TypeError(`qulay-espeak: refusing worker URL ${value}`);
        return value;
      },
    });
    return policy.createScriptURL(url.href) as unknown as string;
  } catch {
    return url;
  }
}

/**
 * eSpeak NG as a speech engine: a dedicated Worker, started on the first `synthesize()`,
 * with each language's data fetched when that language is first spoken.
 */
export function createEspeakEngine(options: EspeakEngineOptions = {}): SpeechEngine {
  // A computed name, so bundlers leave the worker file where it is instead of inlining it.
  const workerFile = ['espeak-worker', 'js'].join('.');
  const base = new URL('./', options.baseUrl ?? import.meta.url);
  const voices = espeakVoices.filter((voice) => !options.voices || options.voices.includes(voice.id));
  let worker: Worker | undefined;
  let nextId = 1;
  const listeners = new Map<number, (message: FromWorker) => void>();

  const connect = (): Worker => {
    if (worker) return worker;
    const created = new Worker(workerUrl(new URL(workerFile, base)), { type: 'module', name: 'qulay-espeak' });
    created.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => listeners.get(data.id)?.(data));
    created.addEventListener('error', (event) => {
      console.warn('[qulay-espeak] the eSpeak worker failed to start:', event.message || event);
      for (const listener of listeners.values()) listener({ type: 'error', id: 0, message: 'The eSpeak worker failed to start.' });
      worker = undefined;
    });
    return (worker = created);
  };

  return {
    name: 'espeak',
    voices,
    async *synthesize(request: SynthesisRequest, signal: AbortSignal): AsyncGenerator<AudioChunk> {
      const voice = espeakVoices.find((v) => v.id === request.voice.id);
      if (!voice) throw new SpeechEngineError('voice-unavailable', `eSpeak has no voice "${request.voice.id}".`);
      const id = nextId++;
      const inbox: FromWorker[] = [];
      let wake = () => {};
      listeners.set(id, (message) => {
        inbox.push(message);
        wake();
      });
      const target = connect();
      const cancel = () => target.postMessage({ type: 'cancel', id } satisfies ToWorker);
      signal.addEventListener('abort', cancel, { once: true });
      target.postMessage({
        type: 'synthesize',
        id,
        text: request.text,
        language: voice.language,
        rate: request.rate,
        pitch: request.pitch,
        assetsUrl: new URL('espeak/', base).href,
        cacheName,
      } satisfies ToWorker);
      try {
        while (!signal.aborted) {
          const message = inbox.shift();
          if (!message) {
            await new Promise<void>((resolve) => (wake = resolve));
            continue;
          }
          if (message.type === 'done') return;
          if (message.type === 'error') throw new SpeechEngineError('synthesis-failed', `eSpeak: ${message.message}`);
          yield { audio: { sampleRate: message.sampleRate, samples: message.samples }, marks: message.marks };
        }
      } finally {
        listeners.delete(id);
        signal.removeEventListener('abort', cancel);
      }
    },
  };
}
