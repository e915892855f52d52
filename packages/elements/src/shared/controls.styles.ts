import { css } from 'lit';

/** Buttons shared by the kit's controls: 44 px targets that grow with the text, visible in every mode. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--qulay-space-2);
    min-height: var(--qulay-target-min);
    min-width: var(--qulay-target-min);
    padding: var(--qulay-space-2) var(--qulay-space-4);
    border: var(--qulay-border-width) solid var(--qulay-color-primary);
    border-radius: var(--qulay-radius);
    background: var(--qulay-color-surface);
    color: var(--qulay-color-primary);
    font: inherit;
    font-weight: var(--qulay-font-weight-bold);
    line-height: var(--qulay-line-height-tight);
    cursor: pointer;
    transition: background-color var(--qulay-duration), color var(--qulay-duration);
  }
  .button:hover {
    background: var(--qulay-color-surface-raised);
    text-decoration: underline;
  }
  .button.primary {
    background: var(--qulay-color-primary);
    color: var(--qulay-color-on-primary);
  }
  .button.primary:hover {
    background: var(--qulay-color-primary-hover);
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  @media (forced-colors: active) {
    .button,
    .button.primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
