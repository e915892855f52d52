import { css } from 'lit';

export const listenStyles = css`
  :host {
    display: block;
  }
  /* The controls show only in read-aloud mode (a token on <html>), or always with "always". */
  .controls {
    display: var(--qulay-listen-display, none);
    flex-wrap: wrap;
    align-items: center;
    gap: var(--qulay-space-2);
    margin-block-end: var(--qulay-space-2);
  }
  :host([always]) .controls {
    display: inline-flex;
  }
  .message {
    flex-basis: 100%;
    margin: 0;
    color: var(--qulay-color-danger);
    font-size: var(--qulay-font-size-sm);
  }
  .message:empty {
    display: none;
  }
`;
