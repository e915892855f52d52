import { css } from 'lit';
import { lightControlStyles } from '../shared/light-controls.styles.js';

/** Light-DOM styles: every selector starts with the tag. */
export const formStepsStyles = css`
  ${lightControlStyles('qulay-form-steps')}
  qulay-form-steps {
    display: block;
    font-size: var(--qulay-font-size-md);
    line-height: var(--qulay-line-height);
  }
  qulay-form-steps qulay-form-step {
    display: block;
  }
  qulay-form-steps qulay-form-step[hidden] {
    display: none;
  }
  qulay-form-steps [data-qulay-steps='progress'] ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-1) var(--qulay-space-4);
    margin: 0 0 var(--qulay-space-4);
    padding: 0;
    list-style: none;
    font-size: var(--qulay-font-size-sm);
  }
  qulay-form-steps [data-qulay-steps='progress'] li[aria-current='step'] {
    font-weight: var(--qulay-font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }
  qulay-form-steps [data-qulay-steps='heading'] {
    margin: 0 0 var(--qulay-space-4);
    font-size: var(--qulay-font-size-xl);
    line-height: var(--qulay-line-height-tight);
  }
  qulay-form-steps [data-qulay-steps='heading'] .context {
    display: block;
    color: var(--qulay-color-text-muted);
    font-size: var(--qulay-font-size-md);
    font-weight: normal;
  }
  qulay-form-steps [data-qulay-steps='notice'] {
    margin: 0 0 var(--qulay-space-4);
    padding: var(--qulay-space-3) var(--qulay-space-4);
    border-inline-start: 6px solid var(--qulay-color-success);
    background: var(--qulay-color-surface-raised);
  }
  qulay-form-steps [data-qulay-steps='confirmation'] {
    margin: 0 0 var(--qulay-space-5);
    padding: var(--qulay-space-5);
    border: 6px solid var(--qulay-color-success);
    background: var(--qulay-color-surface-raised);
    color: var(--qulay-color-text);
  }
  qulay-form-steps [data-qulay-steps='confirmation'] :is(h2, h3, h4, h5, h6) {
    margin: 0 0 var(--qulay-space-3);
    font-size: var(--qulay-font-size-xl);
    line-height: var(--qulay-line-height-tight);
  }
  qulay-form-steps [data-qulay-steps='confirmation'] p {
    margin: 0;
  }
  qulay-form-steps [data-qulay-steps='confirmation'] strong {
    font-size: var(--qulay-font-size-lg);
    overflow-wrap: anywhere;
  }
  qulay-form-steps [data-qulay-steps='notice'] p {
    margin: 0;
  }
  qulay-form-steps [data-qulay-steps='nav'] button[aria-disabled='true'] {
    /* Sending: aria-disabled, not disabled, so that focus stays on the button. */
    cursor: progress;
  }
  qulay-form-steps [data-qulay-steps='nav'] button.clear {
    margin-inline-start: auto;
    border-color: var(--qulay-color-border-strong);
    color: var(--qulay-color-text);
  }
  qulay-form-steps .review {
    margin: 0 0 var(--qulay-space-5);
  }
  qulay-form-steps .review .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-1) var(--qulay-space-4);
    padding: var(--qulay-space-3) 0;
    border-block-end: var(--qulay-border-width) solid var(--qulay-color-border);
  }
  qulay-form-steps .review dt {
    flex: 1 1 12rem;
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-form-steps .review dd {
    flex: 2 1 14rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  qulay-form-steps .review dd.change {
    flex: 0 0 auto;
  }
  /*
   * The kit's own links and buttons in light DOM: a page reset such as a { display: none },
   * even with !important, must not hide them (docs/embedding.mdx). The kit hides its own nodes
   * with setHidden(), an inline !important, which still wins over these.
   */
  qulay-form-steps [data-qulay-steps='summary'] a {
    display: inline !important;
  }
  qulay-form-steps [data-qulay-steps='nav'] button {
    display: inline-block !important;
  }
  qulay-form-steps .review a {
    display: inline-flex !important;
    align-items: center;
    min-height: var(--qulay-target-min);
    color: var(--qulay-color-link);
  }
  qulay-form-steps [data-qulay-steps='summary'] {
    margin: 0 0 var(--qulay-space-5);
    padding: var(--qulay-space-4);
    border: 4px solid var(--qulay-color-danger);
  }
  qulay-form-steps [data-qulay-steps='summary'] :is(h2, h3, h4, h5, h6) {
    margin: 0 0 var(--qulay-space-2);
    font-size: var(--qulay-font-size-lg);
  }
  qulay-form-steps [data-qulay-steps='summary'] a {
    color: var(--qulay-color-danger);
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-form-steps .qulay-error-message {
    margin: var(--qulay-space-1) 0;
    color: var(--qulay-color-danger);
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-form-steps [aria-invalid='true'] {
    outline: 3px solid var(--qulay-color-danger);
    outline-offset: 1px;
  }
  /*
   * The agency's own fields grow with the text modes and keep a target size (docs/modes.mdx):
   * browsers give form controls a fixed 13.33 px font unless the page says font: inherit.
   * Wrapped in :where(), these rules weigh nothing: any style the agency gave its fields on
   * purpose (even a bare input { … }) wins; only the browser's defaults are replaced.
   */
  :where(qulay-form-steps qulay-form-step) :where(input:not([type='radio'], [type='checkbox'], [type='hidden'], [type='range'], [type='color'], [type='image']), select, textarea) {
    box-sizing: border-box;
    min-width: var(--qulay-target-min);
    max-width: 100%;
    min-height: var(--qulay-target-min);
    font: inherit;
  }
  /* WCAG 2.5.8: a radio or checkbox is at least 24 × 24 px; its label is the larger target. */
  :where(qulay-form-steps qulay-form-step) :where(input[type='radio'], input[type='checkbox']) {
    width: max(24px, 1.25em);
    height: max(24px, 1.25em);
    margin-inline-end: var(--qulay-space-2);
    font: inherit;
    vertical-align: middle;
  }
  :where(qulay-form-steps qulay-form-step) :where(label:has(> input[type='radio'], > input[type='checkbox'])) {
    display: inline-flex;
    align-items: center;
    min-height: var(--qulay-target-min);
  }
  qulay-form-steps [data-qulay-steps='nav'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-3);
    margin-block-start: var(--qulay-space-5);
  }
  @media (forced-colors: active) {
    qulay-form-steps [data-qulay-steps='summary'],
    qulay-form-steps [data-qulay-steps='confirmation'] {
      border-color: CanvasText;
    }
  }
`;
