export { createEspeakEngine, espeakVoices } from './engine.js';
export type { EspeakEngineOptions } from './engine.js';
export { normalizeForEspeak, mapPosition } from './normalize.js';
export type { EspeakLanguage, NormalizedText } from './normalize.js';
