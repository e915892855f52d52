import { css } from 'lit';

export const ratingStyles = css`
  :host {
    display: inline-block;
    --qulay-rating-color: var(--qulay-color-warning);
  }
  .label {
    display: block;
    margin-block-end: var(--qulay-space-1);
    font-weight: var(--qulay-font-weight-bold);
  }
  .label:empty {
    display: none;
  }
  .group {
    display: inline-flex;
    flex-wrap: wrap;
    touch-action: manipulation;
  }
  .option {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--qulay-target-min);
    min-height: var(--qulay-target-min);
    border-radius: var(--qulay-radius);
    color: var(--qulay-rating-color);
    cursor: pointer;
  }
  .option svg {
    width: calc(1.75rem * var(--qulay-text-scale));
    height: calc(1.75rem * var(--qulay-text-scale));
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    transition: transform var(--qulay-duration);
  }
  .option.on svg {
    fill: currentColor;
  }
  .option.preview svg {
    fill: currentColor;
    opacity: 0.6;
  }
  .option:hover svg {
    transform: scale(1.1);
  }
  /* :disabled, not [disabled]: a disabled <fieldset> disables the rating too. */
  :host(:disabled) .option {
    cursor: not-allowed;
    color: var(--qulay-color-text-muted);
  }
  :host(:disabled) .option:hover svg {
    transform: none;
  }
  /* Only after the user answered or tried to submit (see QulayFormControl): not before. */
  :host(:state(user-invalid)) .group {
    outline: 3px solid var(--qulay-color-danger);
    outline-offset: 1px;
    border-radius: var(--qulay-radius);
  }
  .display {
    position: relative;
    display: inline-flex;
    color: var(--qulay-rating-color);
    line-height: 1;
    white-space: nowrap;
  }
  .display svg {
    width: calc(1.25rem * var(--qulay-text-scale));
    height: calc(1.25rem * var(--qulay-text-scale));
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .display .filled {
    position: absolute;
    inset: 0 auto 0 0;
    overflow: hidden;
    display: inline-flex;
  }
  .display .filled svg {
    fill: currentColor;
    flex: none;
  }
  .count {
    margin-inline-start: var(--qulay-space-2);
    color: var(--qulay-color-text-muted);
    font-size: var(--qulay-font-size-sm);
  }
  @media (forced-colors: active) {
    .option,
    .display {
      color: CanvasText;
    }
    .option.on,
    .option.preview {
      color: Highlight;
    }
    :host(:disabled) .option {
      color: GrayText;
    }
  }
`;
