/**
 * Collects what a region says, as a listener should hear it: the visible light-DOM text in
 * reading order, each piece in its own language, form fields as label, hint, value and error,
 * and a map from every spoken character back to the DOM, so the word being read can be
 * highlighted without changing the page.
 */

/** A spoken character's place in the DOM; null for characters the kit added (breaks, values). */
type Place = { node: Text; offset: number } | null;

/** A stretch of text in one language, with the DOM place of each character. */
export interface ReadingRun {
  lang: string;
  text: string;
  places: Place[];
}

const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'BUTTON', 'IFRAME', 'OBJECT']);

/** The words the kit speaks for a field's state, in the page language. */
export interface FieldWords {
  checked: string;
  notChecked: string;
  empty: string;
}

function isHidden(element: Element): boolean {
  if (element.closest('[aria-hidden="true"], [hidden], [data-qulay-no-read], [inert]')) return true;
  return typeof element.checkVisibility === 'function' ? !element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : false;
}

function isBlock(element: Element): boolean {
  const display = getComputedStyle(element).display;
  return !display.startsWith('inline') && display !== 'contents';
}

function languageOf(node: Node, fallback: string): string {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('[lang]')?.getAttribute('lang') || fallback;
}

/** What a form control says for its value: the selected option's label, checked state, or typed text. */
function fieldValue(field: Element, words: FieldWords): string {
  if (field instanceof HTMLInputElement) {
    if (field.type === 'password' || field.type === 'hidden' || field.type === 'file') return '';
    if (field.type === 'checkbox' || field.type === 'radio') return field.checked ? words.checked : words.notChecked;
    if (['submit', 'button', 'reset', 'image'].includes(field.type)) return '';
    return field.value.trim() || words.empty;
  }
  if (field instanceof HTMLSelectElement) return [...field.selectedOptions].map((o) => o.label).join(', ') || words.empty;
  if (field instanceof HTMLTextAreaElement) return field.value.trim() || words.empty;
  return '';
}

/**
 * Walks `root` and returns the runs to speak. Block boundaries become line breaks, which
 * also end a sentence for `Intl.Segmenter`; runs change where the language changes.
 */
export function collectReadingRuns(root: Element, pageLang: string, words: FieldWords): ReadingRun[] {
  const runs: ReadingRun[] = [];
  let current: ReadingRun | undefined;
  const append = (text: string, places: Place[], lang: string) => {
    if (!current || current.lang !== lang) {
      current = { lang, text: '', places: [] };
      runs.push(current);
    }
    current.text += text;
    current.places.push(...places);
  };
  const breakLine = () => {
    if (current && !current.text.endsWith('\n')) {
      current.text += '\n';
      current.places.push(null);
    }
  };

  const visit = (node: Node) => {
    if (node instanceof Text) {
      const data = node.data;
      if (!data.trim()) {
        if (current && data.length && !/\s$/.test(current.text)) append(' ', [null], current.lang);
        return;
      }
      const places: Place[] = [];
      let text = '';
      for (let i = 0; i < data.length; i++) {
        const char = data[i];
        if (/\s/.test(char)) {
          // Collapse white space as the page shows it.
          if (text.endsWith(' ') || (!text && current && /\s$/.test(current.text))) continue;
          text += ' ';
          places.push(null);
        } else {
          text += char;
          places.push({ node, offset: i });
        }
      }
      append(text, places, languageOf(node, pageLang));
      return;
    }
    if (!(node instanceof Element) || skippedTags.has(node.tagName) || isHidden(node)) return;
    // A slotted element is laid out by its component, usually as a region of its own.
    const block = isBlock(node) || node.assignedSlot !== null;
    if (block) breakLine();
    if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement) {
      const value = fieldValue(node, words);
      if (value) {
        breakLine();
        append(value, [...value].map(() => null), languageOf(node, pageLang));
        breakLine();
      }
      return;
    }
    // An image is read by its text alternative, as a screen reader would (a card's star
    // rating is one role="img" whose visible figures are hidden from assistive technology).
    // There is no text in the page to highlight for it.
    if (node.getAttribute('role') === 'img' || node instanceof HTMLImageElement) {
      const label = (node.getAttribute('aria-label') ?? (node instanceof HTMLImageElement ? node.alt : '')).trim();
      if (label) {
        const lang = languageOf(node, pageLang);
        if (current && !/\s$/.test(current.text)) append(' ', [null], lang);
        append(label, [...label].map(() => null), lang);
      }
      if (block) breakLine();
      return;
    }
    for (const child of node.childNodes) visit(child);
    if (block) breakLine();
  };
  visit(root);
  return runs.filter((run) => run.text.trim());
}

/** One utterance: a sentence of a run, with its DOM places. */
export interface ReadingSentence {
  lang: string;
  text: string;
  places: Place[];
}

/** Splits runs into sentences, so no single utterance runs into a browser's time limit. */
export function splitSentences(runs: ReadingRun[]): ReadingSentence[] {
  const sentences: ReadingSentence[] = [];
  for (const run of runs) {
    const segmenter = new Intl.Segmenter(run.lang || undefined, { granularity: 'sentence' });
    for (const { segment, index } of segmenter.segment(run.text)) {
      const lead = segment.length - segment.trimStart().length;
      const text = segment.trim();
      if (!text) continue;
      sentences.push({ lang: run.lang, text, places: run.places.slice(index + lead, index + lead + text.length) });
    }
  }
  return sentences;
}

/** A DOM range over characters `start`..`end` of a sentence, skipping characters the kit added. */
export function rangeFor(sentence: ReadingSentence, start: number, end: number): Range | undefined {
  const places = sentence.places.slice(start, end);
  const first = places.find((p) => p);
  const last = [...places].reverse().find((p) => p);
  if (!first || !last) return undefined;
  const range = new Range();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
