/** BCP 47 tags split into language, script and region, lower-cased. */
function parseTag(tag: string): { language: string; script?: string; region?: string } {
  const [language = '', ...rest] = tag.toLowerCase().replace(/_/g, '-').split('-');
  return { language, script: rest.find((part) => part.length === 4), region: rest.find((part) => part.length === 2 || /^\d{3}$/.test(part)) };
}

/**
 * How well a voice's language serves the wanted one: 3 exact, 2 same language and script,
 * 1 same language where one side names no script, 0 otherwise. A script named on both
 * sides must agree: a Latin-script Uzbek voice does not read Cyrillic text.
 */
export function languageScore(voiceLang: string, wanted: string): number {
  if (!voiceLang || !wanted) return 0;
  if (voiceLang.toLowerCase() === wanted.toLowerCase()) return 3;
  const voice = parseTag(voiceLang);
  const want = parseTag(wanted);
  if (voice.language !== want.language) return 0;
  if (voice.script && want.script) return voice.script === want.script ? 2 : 0;
  return 1;
}

/** The page's language, used for an utterance with no `lang` of its own. */
export function documentLanguage(): string {
  return globalThis.document?.documentElement?.lang || globalThis.navigator?.language || '';
}
