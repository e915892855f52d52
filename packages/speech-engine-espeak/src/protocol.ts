import type { SpeechMark } from '@qulay/speech-synthesis-polyfill';
import type { EspeakLanguage } from './normalize.js';

/** Messages between the page and the eSpeak worker; nothing else crosses. */
export type ToWorker =
  | {
      type: 'synthesize';
      id: number;
      text: string;
      language: EspeakLanguage;
      rate: number;
      pitch: number;
      /** Where `espeak-ng.js` and `data/` are. */
      assetsUrl: string;
      cacheName: string;
    }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'chunk'; id: number; sampleRate: number; samples: Float32Array; marks: SpeechMark[] }
  | { type: 'done'; id: number }
  | { type: 'error'; id: number; message: string };
