import { msg, str } from '@lit/localize';
import { resolveLocale, type FieldWords, type ReadAloudState } from '@qulay/core';

/** What read-aloud says for a form field's state, in the page language. */
export function fieldWords(): FieldWords {
  return {
    checked: msg('selected', { desc: 'Read aloud after a checked checkbox or radio button.' }),
    notChecked: msg('not selected', { desc: 'Read aloud after an unchecked checkbox or radio button.' }),
    empty: msg('empty', { desc: 'Read aloud for a form field with no value.' }),
  };
}

/** The name of a language in the page language ("Karakalpak", "каракалпакский"). */
export function languageName(lang: string): string {
  switch (resolveLocale(lang)) {
    case 'uz-Latn':
      return msg('Uzbek (Latin)');
    case 'uz-Cyrl':
      return msg('Uzbek (Cyrillic)');
    case 'kaa-Latn':
      return msg('Karakalpak');
    case 'ru':
      return msg('Russian');
    case 'en':
      return msg('English');
    default:
      return lang;
  }
}

/** Said when no voice on this device speaks a language. */
function noVoiceMessage(lang: string): string {
  const language = languageName(lang);
  return msg(str`This device has no voice for ${language}, so this text cannot be read aloud.`);
}

/** Said when the browser has no speech synthesis at all. */
export function noSpeechMessage(): string {
  return msg('This browser cannot read text aloud.');
}

/** What to tell the user when reading cannot start, or '' when it can. */
export function speechProblem(state: ReadAloudState, missingLang?: string): string {
  if (state === 'no-voice') return noVoiceMessage(missingLang ?? '');
  if (state === 'unsupported') return noSpeechMessage();
  return '';
}
