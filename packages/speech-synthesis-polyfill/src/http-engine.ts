import { chunkText } from './chunk.js';
import { SpeechEngineError, type AudioChunk, type EngineVoice, type SpeechEngine, type SpeechMark, type SynthesisRequest } from './engine.js';

export interface HttpEngineOptions {
  /** The agency's speech endpoint. It receives JSON and answers with audio (see the README). */
  url: string | URL;
  /** The voices the service offers; `localService` is false for them. */
  voices: ReadonlyArray<Omit<EngineVoice, 'localService'>>;
  /** Characters per request; at most 512. */
  maxChunkLength?: number;
  /** Extra headers, for example a CSRF token. Keys for the speech service stay on the server. */
  headers?: Record<string, string>;
  /** Cookies go with the request when the service is on the same site. */
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
}

/** What the service may answer with as JSON; raw `audio/*` bodies are fine too. */
interface JsonAnswer {
  /** Base64 audio in any format the browser decodes. */
  audio: string;
  /** Marks relative to the chunk's text and audio. */
  marks?: SpeechMark[];
}

const base64ToBuffer = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;

/**
 * An engine that posts text to an agency-hosted speech service, a chunk of at most 512
 * characters at a time, split on sentences; each chunk plays while the next is fetched.
 */
export function createHttpEngine(options: HttpEngineOptions): SpeechEngine {
  const max = Math.min(512, options.maxChunkLength ?? 512);
  const voices = options.voices.map((voice) => ({ ...voice, localService: false }));
  return {
    name: 'http',
    voices,
    async *synthesize(request: SynthesisRequest, signal: AbortSignal): AsyncGenerator<AudioChunk> {
      const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
      for (const chunk of chunkText(request.text, max, request.lang)) {
        let response: Response;
        try {
          response = await doFetch(options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'audio/*, application/json', ...options.headers },
            credentials: options.credentials ?? 'same-origin',
            body: JSON.stringify({ text: chunk.text, lang: request.lang, voice: request.voice.id, rate: request.rate, pitch: request.pitch, volume: request.volume }),
            signal,
          });
        } catch (error) {
          if (signal.aborted) return;
          throw new SpeechEngineError('network', `The speech service could not be reached: ${String(error)}`);
        }
        if (response.status === 401 || response.status === 403) throw new SpeechEngineError('not-allowed', `The speech service refused the request (${response.status}).`);
        if (response.status === 413) throw new SpeechEngineError('text-too-long', 'The speech service refused the text as too long.');
        if (!response.ok) throw new SpeechEngineError('synthesis-failed', `The speech service answered ${response.status}.`);
        const shift = (marks: SpeechMark[] = []) => marks.map((mark) => ({ ...mark, charIndex: mark.charIndex + chunk.start }));
        if ((response.headers.get('content-type') ?? '').includes('json')) {
          const answer = (await response.json()) as JsonAnswer;
          if (typeof answer?.audio !== 'string') throw new SpeechEngineError('synthesis-failed', 'The speech service answered JSON without "audio".');
          yield { encoded: base64ToBuffer(answer.audio), marks: [{ type: 'sentence', charIndex: chunk.start, charLength: chunk.text.length, time: 0 }, ...shift(answer.marks)] };
        } else {
          yield { encoded: await response.arrayBuffer(), marks: [{ type: 'sentence', charIndex: chunk.start, charLength: chunk.text.length, time: 0 }] };
        }
      }
    },
  };
}
