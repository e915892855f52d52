/**
 * SSML input. The Web Speech API lets an utterance's text be an SSML document; an engine that
 * does not support a tag must strip it and speak the text. No engine here reads SSML, so the
 * polyfill strips every tag and gives the engine the document's text, entities decoded.
 *
 * Boundary and mark events still point into the utterance's own text, as the specification
 * says (`charIndex` is "into the original utterance string"): a word of the spoken text maps
 * back to where it is written in the markup, so `text.slice(charIndex, charIndex + charLength)`
 * is that word as the page wrote it (entities included).
 */

/** The text an engine speaks, and where each of its UTF-16 units came from in the source. */
export interface SpokenText {
  text: string;
  /** For unit `i` of `text`: its first and one-past-last index in the source. */
  starts: number[];
  ends: number[];
}

/** An SSML document: `<speak …>` first, after an optional BOM, XML declaration, doctype, comments and spaces. */
const ssmlStart = /^\uFEFF?\s*(?:<\?xml[^]*?\?>\s*)?(?:(?:<!--[^]*?-->|<!DOCTYPE(?:[^[>]|\[[^]*?\])*>)\s*)*<speak[\s/>]/;

/** Elements that end a sentence or paragraph, and the pause element: spoken as a break. */
const breaks = new Set(['p', 's', 'paragraph', 'sentence', 'break']);

const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The spoken text of an utterance: its SSML document's text, or the text itself. */
export function spokenText(source: string): SpokenText {
  return (ssmlStart.test(source) && stripSsml(source)) || identity(source);
}

function identity(text: string): SpokenText {
  const starts = Array.from({ length: text.length }, (_, i) => i);
  return { text, starts, ends: starts.map((i) => i + 1) };
}

/**
 * Strips the tags, keeping track of where each character came from. The browser's XML parser
 * (never HTML, never `innerHTML`) decides whether this is a well-formed `<speak>` document
 * and has the last word on its text; a document it refuses is spoken as written, as in
 * Chromium. A document whose text needs more than XML's own entities (a DTD) is spoken with
 * every position pointing at its start.
 */
function stripSsml(source: string): SpokenText | undefined {
  let expected: string | undefined;
  if (typeof DOMParser !== 'undefined') {
    const document = new DOMParser().parseFromString(source, 'application/xml');
    const root = document.documentElement;
    if (document.getElementsByTagName('parsererror').length || root.localName !== 'speak') return undefined;
    expected = root.textContent ?? '';
  }
  const out: SpokenText = { text: '', starts: [], ends: [] };
  let decoded = '';
  /** Text that maps unit for unit onto the source from `from` (plain text, CDATA). */
  const addRaw = (text: string, from: number) => {
    for (let i = 0; i < text.length; i++) {
      // XML reads every line end as \n, as the parser does.
      const crlf = text[i] === '\r' && text[i + 1] === '\n';
      const character = text[i] === '\r' ? '\n' : text[i];
      out.starts.push(from + i);
      out.ends.push(from + i + (crlf ? 2 : 1));
      out.text += character;
      decoded += character;
      if (crlf) i++;
    }
  };
  /** Text that stands for the whole source span (an entity, a break). */
  const addSpan = (text: string, start: number, end: number) => {
    for (let i = 0; i < text.length; i++) {
      out.starts.push(start);
      out.ends.push(end);
    }
    out.text += text;
  };
  let position = 0;
  let depth = 0;
  const pattern = /<!--[^]*?-->|<!\[CDATA\[([^]*?)\]\]>|<\?[^]*?\?>|<!DOCTYPE(?:[^[>]|\[[^]*?\])*>|<\/?([^\s/>!?]+)(?:"[^"]*"|'[^']*'|[^'">])*>|&(#x[\da-f]+|#\d+|\w+);|[^<&]+/giy;
  for (let match; (match = pattern.exec(source)); position = pattern.lastIndex) {
    const [token, cdata, tag, entity] = match;
    const at = match.index;
    if (tag !== undefined) {
      if (token[1] === '/') depth--;
      else if (!token.endsWith('/>')) depth++;
      // Words either side of a sentence, paragraph or break must not run together.
      const local = tag.replace(/^.*:/, '');
      if (breaks.has(local) && out.text && !/\s$/.test(out.text)) addSpan(local === 'break' ? ' ' : '\n', at, at);
    } else if (depth <= 0) {
      // Outside the root element: the XML declaration's surroundings, not text.
    } else if (cdata !== undefined) {
      addRaw(cdata, at + '<![CDATA['.length);
    } else if (entity !== undefined) {
      const character = decodeEntity(entity);
      if (character === undefined) return fallback(expected, source);
      addSpan(character, at, at + token.length);
      decoded += character;
    } else if (token[0] !== '<') {
      addRaw(token, at);
    }
  }
  // Something the pattern does not know, or text the parser reads otherwise (a DTD's entities).
  if (position < source.length || (expected !== undefined && decoded !== expected)) return fallback(expected, source);
  return out;
}

function decodeEntity(entity: string): string | undefined {
  if (entity[0] !== '#') return namedEntities[entity];
  const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** The parser's text with every unit pointing at the document's start. */
function fallback(expected: string | undefined, source: string): SpokenText | undefined {
  if (expected === undefined) return undefined;
  const start = source.indexOf('<speak');
  const starts = Array.from({ length: expected.length }, () => start);
  return { text: expected, starts, ends: starts };
}

/** Maps a span of the spoken text to the source: `[charIndex, charLength]`. */
export function sourceSpan(spoken: SpokenText, charIndex: number, charLength: number): [number, number] {
  const { starts, ends } = spoken;
  if (charIndex >= starts.length) return [ends.at(-1) ?? charIndex, 0];
  const start = starts[charIndex];
  const last = Math.min(charIndex + Math.max(charLength, 1), ends.length) - 1;
  return [start, charLength ? Math.max(start, ends[last]) - start : 0];
}
