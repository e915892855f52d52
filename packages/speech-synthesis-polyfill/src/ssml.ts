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

/*
 * Every pattern here runs on the main thread on text a page (or whoever wrote the page's
 * content) chose, so each is written to match in one way only: no part of it can take what the
 * next part could take, or a string that almost matches is tried in exponentially (or
 * quadratically) many ways and freezes the page.
 *  - A comment's body stops at the first `-->` and the XML declaration's at the first `?>`
 *    (`[^]*?` there could also run on past it, over the next comments).
 *  - A doctype has at most one internal subset with no `]` in it; `[^]*?` there could contain
 *    `][`, so every `[]` pair doubled the ways to read `<!DOCTYPE[][]…` with no `>`. A subset
 *    with a `]` in a string is not read as a document: its text is spoken as written (only a
 *    DTD could define the entities such a document would use, and those are refused anyway).
 *  - A tag's name ends where a space, `/` or `>` follows; otherwise name and attributes both
 *    take letters and `<a` + n letters is tried n² ways.
 */
const comment = String.raw`<!--(?:[^-]|-(?!->))*-->`;
const doctype = String.raw`<!DOCTYPE[^[>]*(?:\[[^\]]*\][^[>]*)?>`;

/** An SSML document: `<speak …>` first, after an optional BOM, XML declaration, doctype, comments and spaces. */
const ssmlStart = new RegExp(String.raw`^\uFEFF?\s*(?:<\?xml(?:[^?]|\?(?!>))*\?>\s*)?(?:(?:${comment}|${doctype})\s*)*<speak[\s/>]`);

/** One token of a document: comment, CDATA, processing instruction, doctype, tag, entity or text. */
const tokenPattern = new RegExp(
  String.raw`${comment}|<!\[CDATA\[((?:[^\]]|\](?!\]>))*)\]\]>|<\?(?:[^?]|\?(?!>))*\?>|${doctype}|<\/?([^\s/>!?]+)(?=[\s/>])(?:"[^"]*"|'[^']*'|[^'">])*>|&(#x[\da-f]+|#\d+|\w+);|[^<&]+`,
  'giy',
);

/** Elements that end a sentence or paragraph, and the pause element: spoken as a break. */
const breaks = new Set(['p', 's', 'paragraph', 'sentence', 'break']);

/** XML's own entities. A Map: `&constructor;` or `&__proto__;` must not find an object's inherited members. */
const namedEntities = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The spoken text of an utterance: its SSML document's text, or the text itself. */
export function spokenText(source: string): SpokenText {
  return (ssmlStart.test(source) && stripSsml(source)) || identity(source);
}

function identity(text: string): SpokenText {
  const starts = Array.from({ length: text.length }, (_, i) => i);
  return { text, starts, ends: starts.map((i) => i + 1) };
}

/**
 * Strips the tags, keeping track of where each character came from. Text that is not a
 * well-formed `<speak>` document (as far as this reads XML: tags that nest, one root, only
 * markup and spaces around it, XML's own entities and character references) is spoken as
 * written, as in Chromium.
 *
 * No DOM parser on purpose: `DOMParser.parseFromString` is a Trusted Types sink for every
 * type, XML included (Chromium throws for a plain string where a page requires TrustedHTML,
 * and reports a violation carrying the start of the utterance), and a page's default policy,
 * there to vet the page's HTML, would be handed the utterance. The kit makes no policy for it
 * either: a pass-through policy is what Trusted Types forbids. So SSML reads the same on every
 * page, with or without Trusted Types.
 */
function stripSsml(source: string): SpokenText | undefined {
  const out: SpokenText = { text: '', starts: [], ends: [] };
  // The last character so far: reading it back from `out.text`, a string built by `+=`, would
  // flatten that string at every break and make a long document quadratic.
  let last = '';
  /** Text that maps unit for unit onto the source from `from` (plain text, CDATA). */
  const addRaw = (text: string, from: number) => {
    for (let i = 0; i < text.length; i++) {
      // XML reads every line end as \n, as its parsers do.
      const crlf = text[i] === '\r' && text[i + 1] === '\n';
      out.starts.push(from + i);
      out.ends.push(from + i + (crlf ? 2 : 1));
      out.text += text[i] === '\r' ? '\n' : text[i];
      last = text[i];
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
    last = text.at(-1) ?? last;
  };
  let position = 0;
  /** Open elements, innermost last; `closed` once the root has ended (one root only). */
  const open: string[] = [];
  let closed = false;
  const pattern = tokenPattern;
  pattern.lastIndex = 0;
  for (let match; (match = pattern.exec(source)); position = pattern.lastIndex) {
    const [token, cdata, tag, entity] = match;
    const at = match.index;
    if (tag !== undefined) {
      // A tag that does not close the element it is in, or a second root: not a document.
      if (token[1] === '/') {
        if (open.pop() !== tag) return undefined;
      } else if (closed) return undefined;
      else if (!token.endsWith('/>')) open.push(tag);
      closed ||= !open.length;
      // Words either side of a sentence, paragraph or break must not run together.
      const local = tag.replace(/^.*:/, '');
      if (breaks.has(local) && last && !/\s/.test(last)) addSpan(local === 'break' ? ' ' : '\n', at, at);
    } else if (!open.length) {
      // Outside the root element only markup and spaces may stand (XML's prolog and epilog).
      if (cdata !== undefined || entity !== undefined || (token[0] !== '<' && /\S/.test(token))) return undefined;
    } else if (cdata !== undefined) {
      addRaw(cdata, at + '<![CDATA['.length);
    } else if (entity !== undefined) {
      // An entity only a DTD defines (`&nbsp;`) is not read: the text is spoken as written.
      const character = decodeEntity(entity);
      if (character === undefined) return undefined;
      addSpan(character, at, at + token.length);
    } else if (token[0] !== '<') {
      addRaw(token, at);
    }
  }
  // Something the pattern does not know (a bare `<` or `&`), or an element left open.
  return position < source.length || open.length ? undefined : out;
}

function decodeEntity(entity: string): string | undefined {
  if (entity[0] !== '#') return namedEntities.get(entity);
  const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
  // XML allows no character reference to NUL or a lone surrogate.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** Maps a span of the spoken text to the source: `[charIndex, charLength]`. */
export function sourceSpan(spoken: SpokenText, charIndex: number, charLength: number): [number, number] {
  const { starts, ends } = spoken;
  if (charIndex >= starts.length) return [ends.at(-1) ?? charIndex, 0];
  const start = starts[charIndex];
  const last = Math.min(charIndex + Math.max(charLength, 1), ends.length) - 1;
  return [start, charLength ? Math.max(start, ends[last]) - start : 0];
}
