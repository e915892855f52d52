import { css } from 'lit';
import { lightControlStyles, lightFieldStyles } from '../shared/light-controls.styles.js';

/** The block renders in light DOM: every selector starts with its tag. */
export const feedbackStyles = css`
  ${lightControlStyles('qulay-feedback')}
  qulay-feedback {
    display: block;
    font-family: var(--qulay-font-family, inherit);
    font-size: var(--qulay-font-size-md);
    line-height: var(--qulay-line-height);
    color: var(--qulay-color-text);
  }
  qulay-feedback .block {
    padding: var(--qulay-space-4);
    border: var(--qulay-border-width) solid var(--qulay-color-border);
    border-radius: var(--qulay-radius);
    background: var(--qulay-color-surface-raised);
  }
  qulay-feedback .title {
    margin: 0 0 var(--qulay-space-3);
    font-size: var(--qulay-font-size-lg);
    line-height: var(--qulay-line-height-tight);
  }
  qulay-feedback .form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--qulay-space-4);
  }
  qulay-feedback fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-2) var(--qulay-space-4);
    margin: 0;
    padding: 0;
    border: 0;
  }
  qulay-feedback legend {
    margin-block-end: var(--qulay-space-2);
    padding: 0;
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-feedback .useful .answer {
    min-width: 6em;
  }
  /* Chosen: filled and ticked (the tick also shows in forced colours); the other one outlined. */
  qulay-feedback .useful .answer[aria-pressed] {
    background: var(--qulay-color-surface);
    color: var(--qulay-color-primary);
  }
  qulay-feedback .useful .answer[aria-pressed='true'] {
    background: var(--qulay-color-primary);
    color: var(--qulay-color-on-primary);
  }
  qulay-feedback .useful .answer[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  qulay-feedback .field {
    display: flex;
    flex-direction: column;
    gap: var(--qulay-space-1);
    width: 100%;
  }
  qulay-feedback .field > label {
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-feedback .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--qulay-space-2);
    min-height: var(--qulay-target-min);
    cursor: pointer;
    font-weight: normal;
  }
  qulay-feedback .choice input {
    width: calc(1.25rem * var(--qulay-text-scale));
    height: calc(1.25rem * var(--qulay-text-scale));
    margin: 0;
    accent-color: var(--qulay-color-primary);
  }
  ${lightFieldStyles('qulay-feedback textarea, qulay-feedback select, qulay-feedback .field input')}
  qulay-feedback textarea,
  qulay-feedback select,
  qulay-feedback .field input {
    width: 100%;
    max-width: 40rem;
  }
  qulay-feedback [aria-invalid='true'] {
    border-color: var(--qulay-color-danger);
    border-width: 3px;
  }
  qulay-feedback .count {
    margin: 0;
    color: var(--qulay-color-text-muted);
    font-size: var(--qulay-font-size-sm);
  }
  qulay-feedback .count.over,
  qulay-feedback .error {
    margin: 0;
    color: var(--qulay-color-danger);
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-feedback .server-error {
    width: 100%;
    padding: var(--qulay-space-3);
    border: 3px solid var(--qulay-color-danger);
    border-radius: var(--qulay-radius);
    background: var(--qulay-color-surface);
    color: var(--qulay-color-danger);
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-feedback .done-title {
    margin-top: 0;
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-feedback .you-wrote {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    qulay-feedback .block,
    qulay-feedback textarea,
    qulay-feedback select,
    qulay-feedback .field input,
    qulay-feedback .server-error {
      border-color: CanvasText;
    }
  }
`;
