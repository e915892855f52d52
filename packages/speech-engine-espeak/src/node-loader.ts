/**
 * For Node (tests and benchmarks): eSpeak NG read from this package's built files.
 * Browsers use the Worker instead.
 */
import { EspeakCore, type EspeakFactory } from './espeak-core.js';

export async function createNodeEspeak(): Promise<EspeakCore> {
  const { readFile } = await import('node:fs/promises');
  const base = new URL('./espeak/', import.meta.url);
  const moduleUrl = new URL('espeak-ng.js', base).href;
  const { default: factory } = (await import(moduleUrl)) as { default: EspeakFactory };
  return EspeakCore.create(factory, async (name) => new Uint8Array(await readFile(new URL(`data/${name}`, base))));
}
