/// <reference lib="webworker" />
/**
 * The eSpeak NG worker: the page talks to it only through messages (protocol.ts). It loads
 * eSpeak on the first request, fetches each language's data once and keeps it in Cache
 * Storage, and speaks sentence by sentence so a `cancel` is seen between sentences.
 */
import { EspeakCore, type EspeakFactory } from './espeak-core.js';
import type { FromWorker, ToWorker } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const canceled = new Set<number>();
let core: Promise<EspeakCore> | undefined;

/** Reads a data file from Cache Storage, or fetches it and keeps it there. */
async function loadData(url: string, cacheName: string): Promise<Uint8Array> {
  let cache: Cache | undefined;
  try {
    cache = await caches.open(cacheName);
  } catch {
    // No Cache Storage (an insecure origin, or storage blocked): fetch every time.
  }
  let response = await cache?.match(url);
  if (!response) {
    response = await fetch(url);
    if (!response.ok) throw new Error(`eSpeak data ${url}: HTTP ${response.status}`);
    await cache?.put(url, response.clone()).catch(() => {});
  }
  return new Uint8Array(await response.arrayBuffer());
}

function start(assetsUrl: string, cacheName: string): Promise<EspeakCore> {
  const moduleUrl = new URL('espeak-ng.js', assetsUrl).href;
  return import(/* @vite-ignore */ moduleUrl).then(({ default: factory }: { default: EspeakFactory }) =>
    EspeakCore.create(factory, (name) => loadData(new URL(`data/${name}`, assetsUrl).href, cacheName)),
  );
}

const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** Sentences with their offsets; eSpeak is synchronous, so these are the points where a cancel can land. */
function sentences(text: string): Array<{ text: string; start: number }> {
  return [...new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(text)].map(({ segment, index }) => ({ text: segment, start: index }));
}

scope.addEventListener('message', async ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'cancel') {
    canceled.add(data.id);
    return;
  }
  const { id } = data;
  try {
    // A failed start (offline, a missing file) is retried on the next request.
    core ??= start(data.assetsUrl, data.cacheName).catch((error: unknown) => {
      core = undefined;
      throw error;
    });
    const espeak = await core;
    await espeak.prepare(data.language);
    for (const sentence of sentences(data.text)) {
      if (canceled.has(id)) break;
      espeak.synthesize({ text: sentence.text, language: data.language, rate: data.rate, pitch: data.pitch }, (piece) => {
        const marks = piece.marks.map((mark) => ({ ...mark, charIndex: mark.charIndex + sentence.start }));
        post({ type: 'chunk', id, sampleRate: piece.sampleRate, samples: piece.samples, marks }, [piece.samples.buffer]);
        return !canceled.has(id);
      });
      // Let a waiting `cancel` message in.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    post({ type: 'done', id });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    canceled.delete(id);
  }
});
