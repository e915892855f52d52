import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Filters, Sort } from './catalog-query.js';

/** What the search landmark shows and where its changes go. */
export interface SearchView {
  filters: Filters;
  /** The accessible name of the landmark and the query field's label. */
  label: string;
  /** Makes the ids unique when a page has two catalogs. */
  idPrefix: string;
  /** A change of the query (typing) or of a control; controls announce the count at once. */
  onChange: (partial: Partial<Filters>, options?: { announceNow?: boolean }) => void;
  onClear: () => void;
}

/**
 * The filters. Each select keeps its options in its own template, written out: Lit sets
 * `.value` before it renders child templates, so options rendered by a helper would not exist
 * yet on the first render and a filter read from the URL would show as "Everyone" (lit/lit#1052).
 */
function filterControls({ filters: f, idPrefix, onChange }: SearchView): TemplateResult {
  const id = (name: string) => `${idPrefix}-${name}`;
  const now = { announceNow: true };
  return html`<div class="filters">
    <div class="field">
      <label for=${id('type')}>${msg('Who it is for')}</label>
      <select id=${id('type')} .value=${f.type} @change=${(e: Event) => onChange({ type: (e.target as HTMLSelectElement).value as Filters['type'] }, now)}>
        <option value="">${msg('Everyone')}</option>
        <option value="g2c">${msg('For citizens')}</option>
        <option value="g2b">${msg('For business')}</option>
        <option value="g2f">${msg('For foreigners')}</option>
      </select>
    </div>
    <div class="field">
      <label for=${id('channel')}>${msg('How to apply')}</label>
      <select id=${id('channel')} .value=${f.channel} @change=${(e: Event) => onChange({ channel: (e.target as HTMLSelectElement).value as Filters['channel'] }, now)}>
        <option value="">${msg('Any way')}</option>
        <option value="web">${msg('Online')}</option>
        <option value="mobile">${msg('In the mobile app')}</option>
        <option value="office">${msg('At a public service centre')}</option>
      </select>
    </div>
    <div class="field">
      <label for=${id('sort')}>${msg('Order')}</label>
      <select id=${id('sort')} .value=${f.sort} @change=${(e: Event) => onChange({ sort: (e.target as HTMLSelectElement).value as Sort }, now)}>
        <option value="popular">${msg('Most used first')}</option>
        <option value="rating">${msg('Best rated first')}</option>
        <option value="name">${msg('By name')}</option>
      </select>
    </div>
    <label class="check"
      ><input type="checkbox" .checked=${f.free} @change=${(e: Event) => onChange({ free: (e.target as HTMLInputElement).checked }, now)} />
      <span>${msg('Free only')}</span></label
    >
    <label class="check"
      ><input type="checkbox" .checked=${f.proactive} @change=${(e: Event) => onChange({ proactive: (e.target as HTMLInputElement).checked }, now)} />
      <span>${msg('Proactive only')}</span></label
    >
  </div>`;
}

/** The `<search>` landmark: the query field with its hint and Clear button, then the filters. */
export function searchLandmark(view: SearchView): TemplateResult {
  const { filters, label, idPrefix, onChange, onClear } = view;
  return html`<search class="search" aria-label=${label}>
    <div class="query">
      <label for=${`${idPrefix}-q`}>${label}</label>
      <p class="hint" id=${`${idPrefix}-hint`}>${msg('Search by service or agency, in any language or spelling.')}</p>
      <div class="query-row">
        <input
          id=${`${idPrefix}-q`}
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby=${`${idPrefix}-hint`}
          .value=${filters.query}
          @input=${(e: Event) => onChange({ query: (e.target as HTMLInputElement).value })}
        />
        ${filters.query ? html`<button type="button" class="clear" @click=${onClear}>${msg('Clear search')}</button>` : nothing}
      </div>
    </div>
    ${filterControls(view)}
  </search>`;
}
