/**
 * The toolbars: one for the language and one per mode. Each sets the same `<html>`
 * attributes an agency's page (or the accessibility panel) sets, so a story shows exactly
 * what a citizen would see.
 */
export const languageItems = [
  { value: 'en', title: 'English' },
  { value: 'uz-Latn', title: 'Oʻzbekcha' },
  { value: 'uz-Cyrl', title: 'Ўзбекча' },
  { value: 'kaa-Latn', title: 'Qaraqalpaqsha' },
  { value: 'ru', title: 'Русский' },
];

/** Global name → the `<html>` attribute it sets and the values it offers (first = default). */
export const modeGlobals = {
  text: { attribute: 'data-qulay-text', values: ['default', 'large', 'x-large'], title: 'Text size', icon: 'zoom' },
  contrast: { attribute: 'data-qulay-contrast', values: ['auto', 'high'], title: 'Contrast', icon: 'contrast' },
  motion: { attribute: 'data-qulay-motion', values: ['auto', 'reduce'], title: 'Motion', icon: 'play' },
  reader: { attribute: 'data-qulay-reader', values: ['off', 'on'], title: 'Screen-reader mode', icon: 'accessibility' },
  readAloud: { attribute: 'data-qulay-read-aloud', values: ['off', 'on'], title: 'Read aloud', icon: 'speaker' },
  simplified: { attribute: 'data-qulay-simplified', values: ['off', 'on'], title: 'Simplified layout', icon: 'component' },
} as const;

/** Writes the globals onto `<html>`; the first value of each mode means "attribute absent". */
export function applyGlobals(globals: Record<string, unknown>, root = document.documentElement): void {
  root.lang = String(globals.locale || 'en');
  for (const [name, { attribute, values }] of Object.entries(modeGlobals)) {
    const value = String(globals[name] ?? values[0]);
    if (value === values[0] || !(values as readonly string[]).includes(value)) root.removeAttribute(attribute);
    else root.setAttribute(attribute, value);
  }
}
