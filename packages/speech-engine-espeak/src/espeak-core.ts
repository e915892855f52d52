import type { SpeechMark } from '@qulay/speech-synthesis-polyfill';
import { mapPosition, normalizeForEspeak, wordLengthAt, wordStarts, type EspeakLanguage, type NormalizedText } from './normalize.js';

/** The parts of the Emscripten module this engine uses. */
interface EspeakEvent {
  type: string;
  text_position: number;
  word_length: number;
  audio_position: number;
}
interface EspeakWorker {
  set_voice(name: string): number;
  set_rate(wordsPerMinute: number): void;
  set_pitch(pitch: number): void;
  get_samplerate(): number;
  synthesize(text: string, callback: (audio: Int16Array | null, events: EspeakEvent[]) => boolean): void;
  synthesize_ipa(text: string): { code: number; ipa: string };
}
interface EspeakModule {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: Uint8Array): void; analyzePath(path: string): { exists: boolean } };
  eSpeakNGWorker: new () => EspeakWorker;
}
export type EspeakFactory = (moduleArg?: Record<string, unknown>) => Promise<EspeakModule>;

/** `dist/espeak/data/index.json`, written by scripts/build-data.mjs. */
export interface DataIndex {
  upstream: string;
  common: Record<string, [number, number]>;
  dictionaries: Record<string, { file: string; bytes: number }>;
}

/** Reads a data file by name (`index.json`, `common.bin`, `uz_dict`): from the network, a cache or disk. */
export type DataLoader = (name: string) => Promise<Uint8Array>;

export interface SynthesizedPiece {
  sampleRate: number;
  samples: Float32Array;
  /** Times in seconds from the start of this piece; offsets into the original text. */
  marks: SpeechMark[];
}

export interface CoreRequest {
  text: string;
  language: EspeakLanguage;
  /** 0.1 to 10, 1 = eSpeak's 175 words a minute. */
  rate?: number;
  /** 0 to 2, 1 = eSpeak's pitch 50. */
  pitch?: number;
  /** Skip the normaliser: eSpeak's own reading, to show the defects it fixes (tests only). */
  raw?: boolean;
}

const identity = (text: string): NormalizedText => ({ text, map: Array.from({ length: text.length + 1 }, (_, i) => i) });

const dataRoot = '/usr/share/espeak-ng-data/';
/** The shortest piece worth a message once the first one is out: fewer, larger buffers. */
const minPieceSeconds = 0.4;

/**
 * eSpeak NG with the files of the languages it was asked for. Runs in a Worker in browsers
 * and directly in Node (tests, benchmarks).
 */
export class EspeakCore {
  private readonly loaded = new Set<string>();
  private worker?: EspeakWorker;

  private constructor(
    private readonly module: EspeakModule,
    private readonly index: DataIndex,
    private readonly load: DataLoader,
  ) {}

  static async create(factory: EspeakFactory, load: DataLoader): Promise<EspeakCore> {
    const [module, indexBytes, common] = await Promise.all([factory({ print: () => {}, printErr: () => {} }), load('index.json'), load('common.bin')]);
    const index = JSON.parse(new TextDecoder().decode(indexBytes)) as DataIndex;
    for (const [name, [start, end]] of Object.entries(index.common)) {
      const path = dataRoot + name;
      module.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
      module.FS.writeFile(path, common.subarray(start, end));
    }
    return new EspeakCore(module, index, load);
  }

  /** The dictionary sizes, for the README and the benchmark. */
  get dictionaries(): DataIndex['dictionaries'] {
    return this.index.dictionaries;
  }

  /** Fetches a language's dictionary once. */
  async prepare(language: EspeakLanguage): Promise<void> {
    if (this.loaded.has(language)) return;
    const entry = this.index.dictionaries[language];
    if (!entry) throw new Error(`eSpeak data has no dictionary for "${language}".`);
    this.module.FS.writeFile(dataRoot + entry.file, await this.load(entry.file));
    this.loaded.add(language);
    // eSpeak reads its phoneme tables when the first voice is made, so after the files exist.
    this.worker ??= new this.module.eSpeakNGWorker();
  }

  private voice(request: CoreRequest): EspeakWorker {
    const worker = this.worker;
    if (!worker || !this.loaded.has(request.language)) throw new Error(`Call prepare("${request.language}") first.`);
    worker.set_voice(request.language);
    worker.set_rate(Math.round(Math.min(450, Math.max(80, 175 * (request.rate ?? 1)))));
    worker.set_pitch(Math.round(Math.min(100, Math.max(0, 50 * (request.pitch ?? 1)))));
    return worker;
  }

  /**
   * Speaks `text`, calling `onPiece` with audio as eSpeak produces it: the first piece as
   * soon as there is one (time to the first word), then pieces of at least 0.4 s.
   * Return `false` from `onPiece` to stop.
   */
  synthesize(request: CoreRequest, onPiece: (piece: SynthesizedPiece) => boolean | void): void {
    const worker = this.voice(request);
    const normalized = request.raw ? identity(request.text) : normalizeForEspeak(request.text, request.language);
    const sampleRate = worker.get_samplerate();
    let pending: Int16Array[] = [];
    let pendingSamples = 0;
    let pendingStart = 0;
    let pendingMarks: SpeechMark[] = [];
    let sent = 0;
    let wordEnd = -1;
    const starts = wordStarts(request.text);
    let nextStart = 0;
    let stopped = false;
    const flush = () => {
      if (!pendingSamples && !pendingMarks.length) return;
      const samples = new Float32Array(pendingSamples);
      let at = 0;
      for (const part of pending) for (let i = 0; i < part.length; i++) samples[at++] = part[i] / 32768;
      const start = pendingStart;
      const marks = pendingMarks.map((mark) => ({ ...mark, time: Math.max(0, mark.time - start) }));
      pending = [];
      pendingMarks = [];
      pendingStart += pendingSamples / sampleRate;
      pendingSamples = 0;
      sent++;
      if (onPiece({ sampleRate, samples, marks }) === false) stopped = true;
    };
    worker.synthesize(normalized.text, (audio, events) => {
      for (const event of events) {
        if (event.type !== 'word' && event.type !== 'sentence') continue;
        const { charIndex, charLength } = mapPosition(normalized, request.text, event.text_position, event.type === 'word' ? event.word_length : 0);
        if (event.type === 'word') {
          // One word, one event: eSpeak repeats a word's position when it reads a number in
          // parts, and spells an abbreviation (JShShIR) with an event at each letter.
          if (charIndex < wordEnd) continue;
          // eSpeak English folds an unstressed "a" into the next word with no event of its
          // own; a highlight should still land on it, just before the word it joined.
          const time = event.audio_position / 1000;
          const skipped: number[] = [];
          for (; nextStart < starts.length && starts[nextStart] < charIndex; nextStart++) {
            if (starts[nextStart] >= wordEnd) skipped.push(starts[nextStart]);
          }
          if (starts[nextStart] === charIndex) nextStart++;
          skipped.forEach((start, i) => pendingMarks.push({ type: 'word', charIndex: start, charLength: wordLengthAt(request.text, start), time: time + i * 0.08 }));
          pendingMarks.push({ type: 'word', charIndex, charLength, time: time + skipped.length * 0.08 });
          wordEnd = charIndex + charLength;
          continue;
        }
        pendingMarks.push({ type: event.type, charIndex, charLength, time: event.audio_position / 1000 });
      }
      if (audio?.length) {
        pending.push(audio.slice());
        pendingSamples += audio.length;
      }
      if (!sent || pendingSamples / sampleRate >= minPieceSeconds) flush();
      return stopped;
    });
    if (!stopped) flush();
  }

  /**
   * Where eSpeak itself reports words, mapped to the original text, before `synthesize()`
   * merges repeated events and fills folded words. For the benchmark's coverage figure.
   */
  reportedWordStarts(request: CoreRequest): number[] {
    const worker = this.voice(request);
    const normalized = normalizeForEspeak(request.text, request.language);
    const starts: number[] = [];
    worker.synthesize(normalized.text, (_audio, events) => {
      for (const event of events) {
        if (event.type === 'word') starts.push(mapPosition(normalized, request.text, event.text_position, event.word_length).charIndex);
      }
      return false;
    });
    return starts;
  }

  /** eSpeak's phonemes (IPA) for `text` after normalization, one line per clause. For tests. */
  phonemes(request: CoreRequest): string {
    const worker = this.voice(request);
    return worker.synthesize_ipa(request.raw ? request.text : normalizeForEspeak(request.text, request.language).text).ipa;
  }
}
