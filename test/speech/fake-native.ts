/**
 * A stand-in for a browser that has a Russian voice of its own: the utterance class and voice
 * the `augment` tests install as `window.SpeechSynthesisUtterance` and return from
 * `getVoices()`, so the polyfill routes Russian to "the browser".
 */
export class NativeUtterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  volume = 1;
  rate = 1;
  pitch = 1;
  constructor(public text: string) {
    super();
  }
}

export function nativeRussianVoice(): SpeechSynthesisVoice {
  return Object.create(window.SpeechSynthesisVoice.prototype, { lang: { value: 'ru-RU' }, name: { value: 'Native Russian' }, default: { value: true } });
}
