import { css } from 'lit';
import { lightControlStyles, lightFieldStyles } from '../shared/light-controls.styles.js';

/** The catalog renders in light DOM: every selector starts with its tag. */
export const serviceCatalogStyles = css`
  ${lightControlStyles('qulay-service-catalog')}
  qulay-service-catalog {
    display: block;
    font-family: var(--qulay-font-family, inherit);
    font-size: var(--qulay-font-size-md);
    line-height: var(--qulay-line-height);
    color: var(--qulay-color-text);
  }
  qulay-service-catalog .search {
    display: flex;
    flex-direction: column;
    gap: var(--qulay-space-3);
    margin-block-end: var(--qulay-space-4);
  }
  qulay-service-catalog .query label,
  qulay-service-catalog .field label {
    display: block;
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-service-catalog .hint {
    margin: 0 0 var(--qulay-space-1);
    color: var(--qulay-color-text-muted);
    font-size: var(--qulay-font-size-sm);
  }
  qulay-service-catalog .query-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qulay-space-2);
  }
  ${lightFieldStyles("qulay-service-catalog input[type='search'], qulay-service-catalog select")}
  qulay-service-catalog input[type='search'] {
    flex: 1 1 14rem;
    min-width: 0;
  }
  qulay-service-catalog .field {
    flex: 1 1 12rem;
    min-width: 0;
  }
  qulay-service-catalog select {
    width: 100%;
  }
  qulay-service-catalog .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--qulay-space-3) var(--qulay-space-4);
  }
  qulay-service-catalog .check {
    display: inline-flex;
    align-items: center;
    gap: var(--qulay-space-2);
    min-height: var(--qulay-target-min);
    cursor: pointer;
  }
  qulay-service-catalog .check input {
    width: calc(1.25rem * var(--qulay-text-scale));
    height: calc(1.25rem * var(--qulay-text-scale));
    accent-color: var(--qulay-color-primary);
  }
  qulay-service-catalog .count {
    margin: 0 0 var(--qulay-space-3);
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-service-catalog .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--qulay-service-catalog-columns, 20rem)), 1fr));
    gap: var(--qulay-space-4);
    margin: 0 0 var(--qulay-space-4);
    padding: 0;
    list-style: none;
  }
  qulay-service-catalog .error {
    padding: var(--qulay-space-4);
    border: 2px solid var(--qulay-color-danger);
    border-radius: var(--qulay-radius);
  }
  qulay-service-catalog .error p {
    margin-top: 0;
    color: var(--qulay-color-danger);
    font-weight: var(--qulay-font-weight-bold);
  }
  qulay-service-catalog .empty {
    padding: var(--qulay-space-4);
    border: var(--qulay-border-width) dashed var(--qulay-color-border);
    border-radius: var(--qulay-radius);
  }
  qulay-service-catalog .empty p {
    margin: 0 0 var(--qulay-space-2);
  }
  @media (forced-colors: active) {
    qulay-service-catalog input[type='search'],
    qulay-service-catalog select,
    qulay-service-catalog .error,
    qulay-service-catalog .empty {
      border-color: CanvasText;
    }
  }
`;
