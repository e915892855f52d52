import { css } from 'lit';

export const loginButtonStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
  }
  .link {
    display: inline-flex;
    align-items: center;
    gap: var(--qulay-space-3);
    min-height: var(--qulay-target-min);
    max-width: 100%;
    padding: var(--qulay-space-2) var(--qulay-space-4);
    border: 2px solid var(--qulay-color-primary);
    border-radius: var(--qulay-radius);
    background: var(--qulay-color-primary);
    color: var(--qulay-color-on-primary);
    font-weight: var(--qulay-font-weight-bold);
    line-height: var(--qulay-line-height-tight);
    text-decoration: none;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .link:hover {
    background: var(--qulay-color-primary-hover);
    text-decoration: underline;
  }
  .link[aria-busy='true'] {
    cursor: progress;
  }
  .mark {
    display: inline-flex;
    align-items: center;
    padding: 0 var(--qulay-space-2);
    border: 1px solid currentColor;
    border-radius: calc(var(--qulay-radius) / 2);
    font-size: var(--qulay-font-size-sm);
    letter-spacing: 0.02em;
  }
  ::slotted([slot='logo']) {
    max-height: 1.5em;
    width: auto;
  }
  .hint,
  .reason {
    display: block;
    margin-block-start: var(--qulay-space-1);
    color: var(--qulay-color-text-muted);
    font-size: var(--qulay-font-size-sm);
  }
  .error:empty {
    display: none;
  }
  .error {
    display: block;
    max-width: 40rem;
    margin-block-start: var(--qulay-space-2);
    padding: var(--qulay-space-2) var(--qulay-space-3);
    border: 3px solid var(--qulay-color-danger);
    border-radius: var(--qulay-radius);
    background: var(--qulay-color-surface);
    color: var(--qulay-color-danger);
    font-weight: var(--qulay-font-weight-bold);
  }
  .disabled {
    display: inline-flex;
    align-items: center;
    gap: var(--qulay-space-3);
    min-height: var(--qulay-target-min);
    padding: var(--qulay-space-2) var(--qulay-space-4);
    border: 2px dashed var(--qulay-color-border);
    border-radius: var(--qulay-radius);
    color: var(--qulay-color-text-muted);
    font-weight: var(--qulay-font-weight-bold);
  }
  .signed-in {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--qulay-space-2) var(--qulay-space-4);
  }
  .signed-in a {
    display: inline-flex;
    align-items: center;
    min-height: var(--qulay-target-min);
    color: var(--qulay-color-link);
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .link {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }
    .disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
