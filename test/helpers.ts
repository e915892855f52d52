import { executeServerCommand } from '@web/test-runner-commands';
import { localeReady, pageLocale, type QulayLocale } from '@qulay/core';

/** The kit's five languages, as a page would declare them on `<html lang>`. */
export const languages: QulayLocale[] = ['en', 'uz-Latn', 'uz-Cyrl', 'kaa-Latn', 'ru'];

/** The `<html>` attribute sets of the modes; `{}` is the default. */
export const modes: Record<string, Record<string, string>> = {
  default: {},
  'large text': { 'data-qulay-text': 'large' },
  'x-large text': { 'data-qulay-text': 'x-large' },
  'high contrast': { 'data-qulay-contrast': 'high' },
  'reduced motion': { 'data-qulay-motion': 'reduce' },
  'screen reader': { 'data-qulay-reader': 'on' },
  'read aloud': { 'data-qulay-read-aloud': 'on' },
  simplified: { 'data-qulay-simplified': 'on' },
};

const modeAttributes = [
  'data-qulay-text',
  'data-qulay-contrast',
  'data-qulay-motion',
  'data-qulay-reader',
  'data-qulay-read-aloud',
  'data-qulay-simplified',
];

/** Puts `<html>` into one mode set, clearing the others. */
export function setMode(attributes: Record<string, string>): void {
  const root = document.documentElement;
  for (const name of modeAttributes) root.removeAttribute(name);
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
}

/** Sets `<html lang>` and waits until the kit's strings are in that language. */
export async function setLanguage(lang: string): Promise<void> {
  document.documentElement.setAttribute('lang', lang);
  document.documentElement.removeAttribute('data-qulay-lang');
  await localeReady(pageLocale());
}

/** Restores the page to English and the default mode. */
export async function resetPage(): Promise<void> {
  setMode({});
  await setLanguage('en');
}

/** Records console warnings while `run` executes, without printing them. */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** WCAG relative-luminance contrast ratio of two CSS colours as computed by the browser. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = parseRgb(color).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Resolves any CSS colour to `[r, g, b]` through a canvas-free computed style. */
export function parseRgb(color: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(computed);
  if (!match) throw new Error(`cannot parse colour ${color} (${computed})`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Reads a `--qulay-*` token as `<html>` resolves it now. */
export function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** One node of the accessibility tree as a screen reader receives it. */
export interface AccessibleNode {
  role: string;
  name: string;
  description: string;
  value: string;
  states: Record<string, unknown>;
}

/** The page's computed accessibility tree (ignored nodes left out), in document order. */
export function accessibilityTree(): Promise<AccessibleNode[]> {
  return executeServerCommand<AccessibleNode[], undefined>('accessibility-tree');
}

/** The first accessible node with this role (and name, when given). */
export async function findAccessible(role: string, name?: string | RegExp): Promise<AccessibleNode | undefined> {
  const nodes = await accessibilityTree();
  return nodes.find(
    (node) =>
      node.role === role &&
      (name === undefined || (typeof name === 'string' ? node.name === name : name.test(node.name))),
  );
}

/** The focused element, through open shadow roots (a star inside a rating, not the rating). */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused node (or `node`) in a few words: chai's inspect of <body> can hang a failing run. */
export function focusName(node: Element | null = deepActive()): string {
  return node ? `${node.localName}${node instanceof HTMLElement && node.dataset.value ? `[${node.dataset.value}]` : ''}` : 'nothing';
}
