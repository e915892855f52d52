/** A piece of a longer text, with where it starts in that text. */
export interface TextChunk {
  text: string;
  start: number;
}

/**
 * Splits text into chunks of at most `max` UTF-16 units, on sentence ends where it can,
 * then on spaces, and only inside a word when a word is longer than `max`. Offsets let
 * marks in each chunk point back into the whole text.
 */
export function chunkText(text: string, max = 512, lang?: string): TextChunk[] {
  const sentences: TextChunk[] = [];
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) sentences.push({ text: segment, start: index });
  } else {
    const pattern = /[^.!?…]+[.!?…]*\s*/gu;
    for (let match; (match = pattern.exec(text)); ) sentences.push({ text: match[0], start: match.index });
  }
  const chunks: TextChunk[] = [];
  let current: TextChunk | undefined;
  for (const sentence of sentences.flatMap((s) => splitLong(s, max))) {
    if (current && current.text.length + sentence.text.length <= max) current.text += sentence.text;
    else chunks.push((current = { ...sentence }));
  }
  return chunks.filter((chunk) => chunk.text.trim());
}

function splitLong(piece: TextChunk, max: number): TextChunk[] {
  if (piece.text.length <= max) return [piece];
  const parts: TextChunk[] = [];
  let rest = piece.text;
  let start = piece.start;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    // Never cut a surrogate pair in two.
    let cut = space > 0 ? space + 1 : max;
    if (/[\ud800-\udbff]/.test(rest[cut - 1] ?? '')) cut--;
    parts.push({ text: rest.slice(0, cut), start });
    rest = rest.slice(cut);
    start += cut;
  }
  if (rest) parts.push({ text: rest, start });
  return parts;
}
