import { literal, type StaticValue } from 'lit/static-html.js';
import type { QulayElement } from '@qulay/core';

/** A heading level a component may render: the page's `h1` is the agency's. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const tags: Record<HeadingLevel, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/**
 * Reads a `heading-level` value the one way every component does: a whole number from 2 to
 * 6 (as a number or its text). Anything else warns once, naming the element, and gives
 * `fallback`; `undefined`/`null` (attribute absent) gives `fallback` silently. `NaN` is what
 * the Number converter makes of a text such as "seven": the warning then quotes the
 * attribute as the agency wrote it, read here so no component repeats that step.
 */
export function readHeadingLevel(element: QulayElement, value: unknown, fallback: HeadingLevel): HeadingLevel {
  if (Number.isNaN(value)) value = element.getAttribute('heading-level') ?? value;
  if (value === undefined || value === null) return fallback;
  const level = typeof value === 'number' ? value : typeof value === 'string' && /^\s*[2-6]\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  element.warnInvalid('heading-level', value, '2, 3, 4, 5 or 6', String(fallback));
  return fallback;
}

/** The static tag for `html` from `lit/static-html.js`: `<${headingTag(level)}>…</${headingTag(level)}>`. */
export function headingTag(level: HeadingLevel): StaticValue {
  return tags[level];
}
