import { css, type CSSResult } from 'lit';

/**
 * Design tokens as CSS custom properties on `:root`. They inherit into every shadow root,
 * so a mode switch (an attribute on `<html>`) is one style recalculation, not a re-render.
 *
 * Colour pairs were chosen by measured contrast (see test/core/tokens.test.ts):
 * the default set meets WCAG AA (4.5:1 text, 3:1 UI), the high set AAA text (7:1) and
 * 4.5:1 for boundaries.
 */

const defaultColors = `
  --qulay-color-text: #1b1f24;
  --qulay-color-text-muted: #4b5563;
  --qulay-color-surface: #ffffff;
  --qulay-color-surface-raised: #f3f5f8;
  --qulay-color-border: #6b7280;
  --qulay-color-border-strong: #374151;
  --qulay-color-primary: #0a5aa8;
  --qulay-color-primary-hover: #084a8a;
  --qulay-color-on-primary: #ffffff;
  --qulay-color-link: #0a5aa8;
  --qulay-color-link-visited: #6b2c91;
  --qulay-color-danger: #b3261e;
  --qulay-color-success: #1f6f3a;
  --qulay-color-warning: #8a5300;
  --qulay-color-focus: #0a5aa8;
  --qulay-color-focus-halo: #ffffff;
  --qulay-link-decoration: underline;
`;

const highContrastColors = `
  --qulay-color-text: #000000;
  --qulay-color-text-muted: #1f1f1f;
  --qulay-color-surface: #ffffff;
  --qulay-color-surface-raised: #ffffff;
  --qulay-color-border: #000000;
  --qulay-color-border-strong: #000000;
  --qulay-color-primary: #002f6c;
  --qulay-color-primary-hover: #001a3d;
  --qulay-color-on-primary: #ffffff;
  --qulay-color-link: #002f9e;
  --qulay-color-link-visited: #4b0f6b;
  --qulay-color-danger: #8c0000;
  --qulay-color-success: #0b4a1f;
  --qulay-color-warning: #5c3700;
  --qulay-color-focus: #000000;
  --qulay-color-focus-halo: #ffd400;
  --qulay-focus-width: 4px;
  --qulay-border-width: 2px;
  --qulay-link-decoration: underline;
`;

const reducedMotion = `
  --qulay-duration: 0.01ms;
  --qulay-duration-slow: 0.01ms;
`;

/** The token sheet's text, exported so tests and docs can read the values. */
export const tokensCSS = `
:root {
  --qulay-text-scale: 1;
  --qulay-font-size-sm: calc(0.875rem * var(--qulay-text-scale));
  --qulay-font-size-md: calc(1rem * var(--qulay-text-scale));
  --qulay-font-size-lg: calc(1.25rem * var(--qulay-text-scale));
  --qulay-font-size-xl: calc(1.5rem * var(--qulay-text-scale));
  --qulay-font-size-xxl: calc(2rem * var(--qulay-text-scale));
  --qulay-line-height: 1.5;
  --qulay-line-height-tight: 1.25;
  --qulay-font-weight-bold: 700;
  --qulay-space-1: calc(0.25rem * var(--qulay-text-scale));
  --qulay-space-2: calc(0.5rem * var(--qulay-text-scale));
  --qulay-space-3: calc(0.75rem * var(--qulay-text-scale));
  --qulay-space-4: calc(1rem * var(--qulay-text-scale));
  --qulay-space-5: calc(1.5rem * var(--qulay-text-scale));
  --qulay-space-6: calc(2rem * var(--qulay-text-scale));
  --qulay-radius: 0.375rem;
  --qulay-border-width: 1px;
  --qulay-focus-width: 3px;
  --qulay-focus-offset: 2px;
  --qulay-target-min: max(44px, calc(2.75rem * var(--qulay-text-scale)));
  --qulay-duration: 150ms;
  --qulay-duration-slow: 300ms;
  ${defaultColors}
}
:root[data-qulay-text='large'] { --qulay-text-scale: 1.25; }
:root[data-qulay-text='x-large'] { --qulay-text-scale: 1.6; }
/* Simplified layout: larger targets for unsteady hands, on top of any text size. */
:root[data-qulay-simplified='on'] { --qulay-target-min: max(56px, calc(3.5rem * var(--qulay-text-scale))); }
:root[data-qulay-contrast='high'] { ${highContrastColors} }
@media (prefers-contrast: more) { :root { ${highContrastColors} } }
:root[data-qulay-motion='reduce'] { ${reducedMotion} }
@media (prefers-reduced-motion: reduce) { :root { ${reducedMotion} } }
:root { --qulay-listen-display: none; }
:root[data-qulay-read-aloud='on'] { --qulay-listen-display: inline-flex; }
::highlight(qulay-read-aloud-sentence) { background-color: #dbe9f8; color: #000000; }
::highlight(qulay-read-aloud-word) { background-color: #ffd400; color: #000000; text-decoration: underline; }
@media (forced-colors: active) {
  ::highlight(qulay-read-aloud-sentence) { background-color: Canvas; color: CanvasText; text-decoration: underline; }
  ::highlight(qulay-read-aloud-word) { background-color: Highlight; color: HighlightText; }
}
`;

const installedKey = Symbol.for('qulay.tokens');
type TokenGlobal = typeof globalThis & { [installedKey]?: boolean };

/**
 * Adopts the token sheet into the document once, even with two copies of the kit on the
 * page. A constructed stylesheet needs no `<style>` element, so it works under a strict
 * Content-Security-Policy with no `'unsafe-inline'`.
 */
export function installTokens(doc: Document = document): void {
  const flags = globalThis as TokenGlobal;
  if (flags[installedKey]) return;
  flags[installedKey] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(tokensCSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Shared component styles: box sizing, the focus ring every interactive part uses, and
 * the motion duration token. Under forced colours the ring uses the system `Highlight`.
 */
export const baseStyles: CSSResult = css`
  :host {
    box-sizing: border-box;
    font-family: var(--qulay-font-family, inherit);
    font-size: var(--qulay-font-size-md);
    line-height: var(--qulay-line-height);
    color: var(--qulay-color-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--qulay-focus-width) solid var(--qulay-color-focus);
    outline-offset: var(--qulay-focus-offset);
    box-shadow: 0 0 0 calc(var(--qulay-focus-offset) + var(--qulay-focus-width) + 2px)
      var(--qulay-color-focus-halo);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

