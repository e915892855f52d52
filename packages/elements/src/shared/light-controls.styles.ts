import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Buttons and visually hidden text for the components that render in light DOM (catalog,
 * feedback, form steps), every selector scoped by the component's tag so nothing leaks into
 * the page. A `type="submit"` button is the primary one.
 */
export function lightControlStyles(tag: string): CSSResult {
  const scope = unsafeCSS(tag);
  return css`
    ${scope} button {
      min-height: var(--qulay-target-min);
      padding: var(--qulay-space-2) var(--qulay-space-4);
      border: 2px solid var(--qulay-color-primary);
      border-radius: var(--qulay-radius);
      background: var(--qulay-color-surface);
      color: var(--qulay-color-primary);
      font: inherit;
      font-weight: var(--qulay-font-weight-bold);
      cursor: pointer;
    }
    ${scope} button:hover {
      text-decoration: underline;
    }
    ${scope} button[type='submit'] {
      background: var(--qulay-color-primary);
      color: var(--qulay-color-on-primary);
    }
    ${scope} button:disabled {
      cursor: progress;
      opacity: 0.8;
    }
    ${scope} :is(input[type='radio'], input[type='checkbox']) { appearance: auto; } /* after a page's all: unset */
    ${scope} .qulay-visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* !important, and more specific than a page's *:focus { outline: none !important }: the focus stays visible. */
    ${scope} :focus-visible {
      outline: var(--qulay-focus-width) solid var(--qulay-color-focus) !important;
      outline-offset: var(--qulay-focus-offset);
    }
    @media (forced-colors: active) {
      ${scope} button {
        border-color: ButtonText;
      }
      ${scope} :focus-visible {
        outline-color: Highlight !important;
      }
    }
  `;
}

/**
 * The box of a text field or select in a light-DOM component: the kit's border, padding and
 * target size. `selectors` must already be scoped by the component's tag.
 */
export function lightFieldStyles(selectors: string): CSSResult {
  return css`
    ${unsafeCSS(selectors)} {
      min-height: var(--qulay-target-min);
      padding: var(--qulay-space-2) var(--qulay-space-3);
      border: 2px solid var(--qulay-color-border-strong);
      border-radius: var(--qulay-radius);
      background: var(--qulay-color-surface);
      color: var(--qulay-color-text);
      font: inherit;
    }
  `;
}
