/**
 * Uzbek and Karakalpak text tools: apostrophe normalisation, transliteration between Uzbek
 * Latin and Cyrillic, and a search key under which every spelling of a word matches.
 */

/** Every character people type for the Uzbek apostrophes. */
const apostrophes = "'`\u2018\u2019\u02bb\u02bc\u02b9\u00b4";
const apostropheClass = `[${apostrophes}]`;

const letterThenApostrophe = new RegExp(`(\\p{L})${apostropheClass}(?=(\\p{L})?)`, 'gu');

/**
 * Writes Uzbek Latin apostrophes as the standard says: U+02BB (ʻ) after o and g (oʻ, gʻ),
 * U+02BC (ʼ, the tutuq belgisi) between other letters. Also NFC-normalises, which joins a
 * decomposed Karakalpak ǵ (g + U+0301) into U+01F5.
 */
export function normalizeUzbek(text: string): string {
  return text.normalize('NFC').replace(letterThenApostrophe, (match, letter: string, next?: string) => {
    if (/[OoGg]/.test(letter)) return `${letter}\u02bb`;
    // Between two letters it is the tutuq belgisi; anywhere else it is a quote mark: keep it.
    return next ? `${letter}\u02bc` : match;
  });
}

const cyrillicToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sh', ъ: '\u02bc', ь: '', э: 'e', ю: 'yu', я: 'ya', ё: 'yo', ў: 'o\u02bb',
  қ: 'q', ғ: 'g\u02bb', ҳ: 'h', ы: 'i',
};

const vowelsCyrillic = 'аеёиоуўэюяы';

/** Transliterates Uzbek Cyrillic to Latin (е is "ye" at a word start or after a vowel). */
export function cyrillicToLatinUzbek(text: string): string {
  let result = '';
  const chars = [...text];
  chars.forEach((char, index) => {
    const lower = char.toLowerCase();
    const isUpper = char !== lower;
    let latin: string | undefined;
    if (lower === 'е') {
      const previous = chars[index - 1]?.toLowerCase() ?? '';
      latin = !previous || !/\p{L}/u.test(previous) || vowelsCyrillic.includes(previous) || previous === 'ъ' || previous === 'ь' ? 'ye' : 'e';
    } else {
      latin = cyrillicToLatin[lower];
    }
    if (latin === undefined) {
      result += char;
      return;
    }
    if (!isUpper || !latin) {
      result += latin;
      return;
    }
    // "Ш" alone in a word of capitals stays "SH"; at the start of a word it is "Sh".
    const next = chars[index + 1];
    const wordIsUpper = next !== undefined && next !== next.toLowerCase();
    result += wordIsUpper ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
  });
  return result;
}

const latinDigraphs: Array<[RegExp, string]> = [
  [new RegExp(`o${apostropheClass}`, 'g'), 'ў'],
  [new RegExp(`g${apostropheClass}`, 'g'), 'ғ'],
  [/sh/g, 'ш'],
  [/ch/g, 'ч'],
  [/yo/g, 'ё'],
  [/yu/g, 'ю'],
  [/ya/g, 'я'],
  [/(^|[^\p{L}])ye/gu, '$1е'],
  [new RegExp(apostropheClass, 'g'), 'ъ'],
];
const latinToCyrillicLetters: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з',
  c: 'с',
};

/** Transliterates Uzbek Latin to Cyrillic (case is kept for each letter). */
export function latinToCyrillicUzbek(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      const lower = word.toLowerCase();
      let converted = lower;
      for (const [pattern, replacement] of latinDigraphs) converted = converted.replace(pattern, replacement);
      converted = [...converted].map((c) => latinToCyrillicLetters[c] ?? c).join('');
      if (word === lower) return converted;
      if (word === word.toUpperCase()) return converted.toUpperCase();
      return converted[0].toUpperCase() + converted.slice(1);
    })
    .join('');
}

/** Karakalpak and other Latin letters with marks, folded to their base letter for search. */
const foldLetters: Record<string, string> = { ı: 'i', ǵ: 'g', ń: 'n', á: 'a', ó: 'o', ú: 'u', í: 'i' };

/**
 * A search key: Cyrillic Uzbek transliterated to Latin, apostrophes dropped, marks removed,
 * lower case. "Oʻqish", "O'qish", "o‘qish", "oqish" and "Ўқиш" all give "oqish".
 */
export function searchKey(text: string): string {
  const latin = cyrillicToLatinUzbek(text.normalize('NFC')).toLowerCase();
  return [...latin.replace(new RegExp(apostropheClass, 'g'), '')]
    .map((c) => foldLetters[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Uzbek Latin alphabet order: oʻ, gʻ, sh and ch sort after z, as in Uzbek dictionaries. */
const uzbekOrder = ['a', 'b', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y', 'z', 'oʻ', 'gʻ', 'sh', 'ch'];

function uzbekLetters(text: string): number[] {
  const normalized = normalizeUzbek(text).toLowerCase();
  const keys: number[] = [];
  for (let i = 0; i < normalized.length; ) {
    const two = normalized.slice(i, i + 2);
    const digraph = ['oʻ', 'gʻ', 'sh', 'ch'].includes(two) ? two : undefined;
    const letter = digraph ?? normalized[i];
    const rank = uzbekOrder.indexOf(letter);
    const code = letter.codePointAt(0)!;
    // Spaces and punctuation sort first, then the alphabet, then any other letter.
    keys.push(rank >= 0 ? rank + 1000 : /\p{L}/u.test(letter) ? code + 2000 : code);
    i += letter.length;
  }
  return keys;
}

/** Compares two Uzbek Latin strings in alphabet order (for sorting service names). */
export function compareUzbek(a: string, b: string): number {
  const [x, y] = [uzbekLetters(a), uzbekLetters(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
