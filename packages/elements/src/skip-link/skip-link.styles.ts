import { css } from 'lit';

export const skipLinkStyles = css`
  :host {
    display: contents;
  }
  /* Hidden until focused, but still in the accessibility tree and the tab order. */
  a {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a:focus,
  a:active {
    position: fixed;
    inset-block-start: var(--qulay-space-2);
    inset-inline-start: var(--qulay-space-2);
    z-index: var(--qulay-skip-link-z-index, 2147483647);
    width: auto;
    height: auto;
    min-height: var(--qulay-target-min);
    max-width: calc(100vw - 2 * var(--qulay-space-2));
    overflow: visible;
    clip-path: none;
    white-space: normal;
    display: inline-flex;
    align-items: center;
    padding: var(--qulay-space-2) var(--qulay-space-4);
    border: var(--qulay-border-width) solid var(--qulay-color-on-primary);
    border-radius: var(--qulay-radius);
    background: var(--qulay-skip-link-background, var(--qulay-color-primary));
    color: var(--qulay-skip-link-color, var(--qulay-color-on-primary));
    font-size: var(--qulay-font-size-lg);
    font-weight: var(--qulay-font-weight-bold);
    line-height: var(--qulay-line-height-tight);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    a:focus,
    a:active {
      background: Canvas;
      color: LinkText;
      border-color: LinkText;
    }
  }
`;
