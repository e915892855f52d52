import { css } from 'lit';

export const a11yPanelStyles = css`
  /*
   * Agencies put the panel in a flex header, and words in extra-large text are long
   * ("múmkinshilikler", "возможности"): the panel may shrink below its longest word (a flex
   * item's min-width would otherwise be that word), and a word breaks rather than pushing the
   * page into sideways scrolling at 320 px. Fieldsets default to their content's width, too.
   */
  :host {
    display: block;
    min-width: 0;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  fieldset {
    min-inline-size: 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--qulay-space-2) var(--qulay-space-4);
  }
  :host([placement='top-bar']) .bar {
    justify-content: flex-end;
    padding: var(--qulay-space-2) var(--qulay-space-4);
    background: var(--qulay-color-surface-raised);
    border-block-end: var(--qulay-border-width) solid var(--qulay-color-border);
  }
  .languages ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-1) var(--qulay-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .languages a {
    display: inline-flex;
    align-items: center;
    min-height: var(--qulay-target-min);
    padding-inline: var(--qulay-space-1);
    color: var(--qulay-color-link);
    text-decoration: var(--qulay-link-decoration);
  }
  .languages a[aria-current] {
    color: var(--qulay-color-text);
    font-weight: var(--qulay-font-weight-bold);
    text-decoration-thickness: 3px;
  }
  .panel {
    margin-block-start: var(--qulay-space-2);
    padding: var(--qulay-space-4);
    max-width: 40rem;
    border: var(--qulay-border-width) solid var(--qulay-color-border);
    border-radius: var(--qulay-radius);
    background: var(--qulay-color-surface);
    color: var(--qulay-color-text);
  }
  :host([placement='top-bar']) .panel {
    max-width: none;
    margin: 0;
    border-width: 0 0 var(--qulay-border-width);
    border-radius: 0;
  }
  .panel[hidden] {
    display: none;
  }
  .title {
    margin: 0 0 var(--qulay-space-3);
    font-size: var(--qulay-font-size-lg);
    font-weight: var(--qulay-font-weight-bold);
  }
  fieldset {
    margin: 0 0 var(--qulay-space-4);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    margin-block-end: var(--qulay-space-2);
    padding: 0;
    font-weight: var(--qulay-font-weight-bold);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-2);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--qulay-space-2);
    min-height: var(--qulay-target-min);
    padding: var(--qulay-space-2);
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: calc(1.25rem * var(--qulay-text-scale));
    height: calc(1.25rem * var(--qulay-text-scale));
    margin: calc(0.125rem * var(--qulay-text-scale)) 0 0;
    accent-color: var(--qulay-color-primary);
  }
  .choice input:disabled + span {
    color: var(--qulay-color-text-muted);
  }
  .hint {
    display: block;
    color: var(--qulay-color-text-muted);
    font-size: var(--qulay-font-size-sm);
  }
  .sample {
    margin: var(--qulay-space-2) 0 0;
    padding: var(--qulay-space-2) var(--qulay-space-3);
    border-inline-start: 4px solid var(--qulay-color-primary);
    background: var(--qulay-color-surface-raised);
  }
  .speed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--qulay-space-2) var(--qulay-space-3);
    margin-block: var(--qulay-space-2);
  }
  .speed input {
    width: min(16rem, 100%);
    min-height: var(--qulay-target-min);
    accent-color: var(--qulay-color-primary);
  }
  .actions,
  .reading {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-2);
  }
  .status {
    margin: var(--qulay-space-2) 0 0;
    font-size: var(--qulay-font-size-sm);
  }
  .status:empty {
    display: none;
  }
  @media (forced-colors: active) {
    .panel,
    :host([placement='top-bar']) .bar {
      border: 1px solid CanvasText;
    }
    .languages a {
      color: LinkText;
    }
    .sample {
      border-inline-start-color: CanvasText;
    }
  }
`;
