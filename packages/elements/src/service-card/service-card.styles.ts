import { css } from 'lit';

export const serviceCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .card {
    display: flex;
    gap: var(--qulay-space-4);
    height: 100%;
    padding: var(--qulay-space-4);
    border: var(--qulay-border-width) solid var(--qulay-service-card-border, var(--qulay-color-border));
    border-radius: var(--qulay-radius);
    background: var(--qulay-service-card-background, var(--qulay-color-surface));
    color: var(--qulay-color-text);
  }
  .card.linked {
    cursor: pointer;
  }
  .card.linked:hover {
    border-color: var(--qulay-color-primary);
    box-shadow: inset 0 0 0 1px var(--qulay-color-primary);
  }
  .card:focus-within {
    border-color: var(--qulay-color-focus);
  }
  .icon {
    flex: none;
    font-size: var(--qulay-font-size-xl);
    color: var(--qulay-color-primary);
  }
  .icon:not(:has(::slotted(*))) {
    display: none;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--qulay-space-2);
    min-width: 0;
    flex: 1;
  }
  .title {
    margin: 0;
    font-size: var(--qulay-font-size-lg);
    line-height: var(--qulay-line-height-tight);
    overflow-wrap: anywhere;
  }
  /* The agency's own heading in the title slot is the card's heading: it takes the card's title style. */
  .title ::slotted(:is(h1, h2, h3, h4, h5, h6)) {
    margin: 0;
    font: inherit;
  }
  .title a {
    color: var(--qulay-color-link);
    text-decoration: var(--qulay-link-decoration);
    text-underline-offset: 0.15em;
  }
  .title a:hover {
    text-decoration-thickness: 3px;
  }
  .description,
  .agency {
    color: var(--qulay-color-text-muted);
  }
  .agency {
    font-size: var(--qulay-font-size-sm);
  }
  .reason {
    color: var(--qulay-color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-2);
  }
  .primary-action {
    display: inline-flex;
    align-items: center;
    align-self: flex-start;
    min-height: var(--qulay-target-min);
    padding: var(--qulay-space-2) var(--qulay-space-4);
    border-radius: var(--qulay-radius);
    background: var(--qulay-color-primary);
    color: var(--qulay-color-on-primary);
    font-weight: var(--qulay-font-weight-bold);
    text-decoration: underline;
  }
  .more summary {
    display: flex;
    align-items: center;
    min-height: var(--qulay-target-min);
    color: var(--qulay-color-link);
    cursor: pointer;
    text-decoration: underline;
  }
  .more[open] summary {
    margin-block-end: var(--qulay-space-2);
  }
  .more[open] {
    display: flex;
    flex-direction: column;
    gap: var(--qulay-space-2);
  }
  /* Narrow cards and large text: one column, the icon above. */
  @container (max-width: 24rem) {
    .card {
      flex-direction: column;
    }
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .title a {
      color: LinkText;
    }
    .primary-action {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

/** Styles for the facts the card renders into its light DOM (every selector starts with the tag). */
export const serviceCardLightStyles = css`
  qulay-service-card > [data-qulay-card='badges']:not(:empty) {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-1) var(--qulay-space-2);
  }
  qulay-service-card > [data-qulay-card='badges'] .badge {
    display: inline-block;
    padding: 0 var(--qulay-space-2);
    border: var(--qulay-border-width) solid var(--qulay-color-border);
    border-radius: var(--qulay-radius);
    color: var(--qulay-color-text);
    font-size: var(--qulay-font-size-sm);
  }
  qulay-service-card > [data-qulay-card='badges'] .badge.unavailable {
    border-color: var(--qulay-color-danger);
    color: var(--qulay-color-danger);
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-service-card > [data-qulay-card] dl {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-1) var(--qulay-space-5);
    margin: 0;
  }
  qulay-service-card > [data-qulay-card] dt {
    color: var(--qulay-color-text-muted);
    font-size: var(--qulay-font-size-sm);
  }
  qulay-service-card > [data-qulay-card] dd {
    margin: 0;
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-service-card > [data-qulay-card='summary'] p {
    margin: 0;
  }
  qulay-service-card .stars {
    position: relative;
    display: inline-block;
    vertical-align: -0.125em;
    line-height: 1;
    white-space: nowrap;
    color: var(--qulay-service-card-rating-color, var(--qulay-color-warning));
  }
  qulay-service-card .stars svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  qulay-service-card .stars-filled {
    position: absolute;
    inset: 0 auto 0 0;
    overflow: hidden;
  }
  qulay-service-card .stars-filled svg {
    fill: currentColor;
  }
  @media (forced-colors: active) {
    qulay-service-card .stars {
      color: CanvasText;
    }
    qulay-service-card > [data-qulay-card='badges'] .badge {
      border-color: CanvasText;
    }
  }
`;
