/**
 * Text as eSpeak NG should receive it, with a map back to the original text so every
 * boundary event points at the characters the page shows.
 *
 * The fixes, each measured on eSpeak NG's own output (see test/speech/espeak-engine.test.mjs):
 * - The tutuq belgisi `ʼ` (U+02BC) makes eSpeak spell the word out ("modifier letter
 *   apostrophe" in English) and emit a word event per letter. It and the other apostrophes
 *   become `'`, which eSpeak's Uzbek rules read as the glottal stop, and as oʻ and gʻ after o and g.
 * - eSpeak's Uzbek voice reads Latin only: Cyrillic `ш` comes out as /s/ and `ё` as the English
 *   words "Cyrillic yo". Cyrillic Uzbek (and Karakalpak) text is transliterated to Latin first.
 * - `<`, `>` and `&` would be read as markup, or switch to English ("and"); they become words
 *   of the voice's language. So do `%`, `№`, `+` and `=`; `/` becomes a pause.
 */

/** The voices' languages, as eSpeak names them. */
export type EspeakLanguage = 'uz' | 'kaa' | 'kk' | 'ru' | 'en';

export interface NormalizedText {
  text: string;
  /** For each UTF-16 index of `text` (and one past its end), the index in the original. */
  map: number[];
}

const uzbekCyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: "'", ы: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya', ў: "o'", қ: 'q', ғ: "g'", ҳ: 'h', е: 'e',
};

const karakalpakCyrillic: Record<string, string> = {
  ...uzbekCyrillic,
  ә: 'á', ғ: 'ǵ', қ: 'q', ң: 'ń', ө: 'ó', ү: 'ú', ў: 'w', ҳ: 'h', ы: 'ı', ц: 'c', ъ: '', х: 'x', ж: 'j',
};

/** Symbols that eSpeak reads as markup or in English, as words of each language. */
const symbolWords: Record<EspeakLanguage, Record<string, string>> = {
  uz: { '&': 'va', '<': 'kichik', '>': 'katta', '%': 'foiz', '№': 'raqam', '+': 'plyus', '=': 'teng' },
  kaa: { '&': 'hám', '<': 'kishi', '>': 'úlken', '%': 'procent', '№': 'nomer', '+': 'plyus', '=': 'teń' },
  kk: { '&': 'және', '<': 'кіші', '>': 'үлкен', '%': 'пайыз', '№': 'нөмір', '+': 'плюс', '=': 'тең' },
  ru: { '&': 'и', '<': 'меньше', '>': 'больше', '%': 'процентов', '№': 'номер', '+': 'плюс', '=': 'равно' },
  en: { '&': 'and', '<': 'less than', '>': 'greater than', '%': 'percent', '№': 'number', '+': 'plus', '=': 'equals' },
};

const apostrophes = /[\u02bc\u02bb\u2019\u2018\u0060\u00b4\u02b9]/;
const vowels = /[аеёиоуўэюяaeiouáóúı]/i;

/** `е` is `ye` at the start of a word and after a vowel or a hard sign, as Uzbek spelling has it. */
function cyrillicE(previous: string): string {
  return !previous || !/\p{L}/u.test(previous) || vowels.test(previous) || previous === 'ъ' || previous === 'Ъ' ? 'ye' : 'e';
}

/** Keeps the case of the source letter: `Ш` → `Sh`, `ШАҲАР` → `SHAHAR`. */
function withCase(latin: string, source: string, next: string): string {
  if (source === source.toLowerCase()) return latin;
  const shout = !!next && next !== next.toLowerCase();
  return shout ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
}

export function normalizeForEspeak(original: string, language: EspeakLanguage): NormalizedText {
  let text = '';
  const map: number[] = [];
  const emit = (piece: string, from: number) => {
    for (let i = 0; i < piece.length; i++) map.push(from);
    text += piece;
  };
  const table = language === 'uz' ? uzbekCyrillic : language === 'kaa' ? karakalpakCyrillic : undefined;
  const words = symbolWords[language];
  for (let i = 0; i < original.length; i++) {
    const char = original[i];
    const lower = char.toLowerCase();
    if (apostrophes.test(char)) emit("'", i);
    else if (table && lower in table) {
      const latin = lower === 'е' ? cyrillicE(original[i - 1] ?? '') : table[lower];
      emit(withCase(latin, char, original[i + 1] ?? ''), i);
    } else if (char in words) emit(` ${words[char]} `, i);
    else if (char === '/' || char === '\\' || char === '|') emit(' , ', i);
    else emit(char, i);
  }
  map.push(original.length);
  return { text, map };
}

/** Where each word of the original text starts: letters, digits, the apostrophes and hyphens inside words, and the symbols read as words. */
export function wordStarts(text: string): number[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+(?:[\u02bb\u02bc'’‘`-][\p{L}\p{M}\p{N}]+)*|[&<>%№+=]/gu)].map((match) => match.index);
}

/** A word in the original text: letters, marks, digits and the apostrophes inside Uzbek words. */
const wordAt = /[\p{L}\p{M}\p{N}\u02bb\u02bc'’‘`-]*[\p{L}\p{M}\p{N}]/uy;

/**
 * Maps a position eSpeak reports (1-based, in code points of the normalized text, with a
 * length in code points) to a UTF-16 offset and length in the original text.
 */
export function mapPosition(normalized: NormalizedText, original: string, codePointPosition: number, codePointLength: number): { charIndex: number; charLength: number } {
  const toUnits = (codePoints: number) => {
    let units = 0;
    for (let cp = 0; cp < codePoints && units < normalized.text.length; cp++) units += normalized.text.codePointAt(units)! > 0xffff ? 2 : 1;
    return units;
  };
  const start = toUnits(Math.max(0, codePointPosition - 1));
  const end = toUnits(Math.max(0, codePointPosition - 1 + codePointLength));
  const charIndex = normalized.map[Math.min(start, normalized.map.length - 1)];
  const mappedEnd = normalized.map[Math.min(end, normalized.map.length - 1)];
  // eSpeak stops a word at an apostrophe ("ma" of "maʼlumot"): the original word is longer.
  return { charIndex, charLength: Math.max(1, wordLengthAt(original, charIndex), mappedEnd - charIndex) };
}

/** The length of the word starting at `index`, or 0 when no word starts there. */
export function wordLengthAt(text: string, index: number): number {
  wordAt.lastIndex = index;
  return wordAt.exec(text)?.[0].length ?? 0;
}
