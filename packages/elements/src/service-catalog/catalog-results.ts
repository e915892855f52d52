import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory, type QulayLocale } from '@qulay/core';
import { textIn, type ServiceEntry } from './service-entry.js';
import type { HeadingLevel } from '../shared/heading.js';

/** "12 services found", with the plural forms each language needs. */
export function foundText(count: number): string {
  const n = formatNumber(count);
  switch (pluralCategory(count)) {
    case 'one':
      return msg(str`${n} service found`, { id: 'services-found.one' });
    case 'few':
      return msg(str`${n} services found`, { id: 'services-found.few' });
    case 'many':
      return msg(str`${n} services found`, { id: 'services-found.many' });
    default:
      return msg(str`${n} services found`, { id: 'services-found.other' });
  }
}

/** How a card is shown: its link (already checked) and its title's heading level. */
export interface CardView {
  href: (entry: ServiceEntry) => string | undefined;
  level: HeadingLevel;
  locale: QulayLocale;
}

/**
 * One result as a list item holding a `<qulay-service-card>`. The texts go in as slotted
 * spans with their own `lang` when they fall back to another language, so a screen reader
 * switches voice for them.
 */
function serviceCard(entry: ServiceEntry, { href, level, locale }: CardView): TemplateResult {
  const name = textIn(entry.name, locale);
  const agency = textIn(entry.agency, locale);
  const description = textIn(entry.description, locale);
  const fee = (f?: { bhm?: number; sum?: number }, bhm = false) => (f ? (bhm ? f.bhm : f.sum)?.toString() : undefined);
  return html`<li>
    <qulay-service-card
      href=${href(entry) ?? nothing}
      heading-level=${level}
      category=${entry.type ?? nothing}
      fee-bhm-individual=${fee(entry.feeIndividual, true) ?? nothing}
      fee-individual=${fee(entry.feeIndividual) ?? nothing}
      fee-bhm-legal=${fee(entry.feeLegal, true) ?? nothing}
      fee-legal=${fee(entry.feeLegal) ?? nothing}
      term=${entry.term ?? nothing}
      ?term-working-days=${entry.termWorkingDays}
      channels=${entry.channels.join(' ')}
      ?proactive=${entry.proactive}
      ?composite=${entry.composite}
      rating=${entry.rating ?? nothing}
      rating-count=${entry.ratingCount ?? nothing}
    >
      <span slot="title" lang=${name.lang ?? nothing}>${name.text}</span>
      ${description.text ? html`<span lang=${description.lang ?? nothing}>${description.text}</span>` : nothing}
      ${agency.text ? html`<span slot="agency" lang=${agency.lang ?? nothing}>${agency.text}</span>` : nothing}
    </qulay-service-card>
  </li>`;
}

/** What the results area shows and where its buttons go. */
export interface ResultsView extends CardView {
  loadState: 'idle' | 'loading' | 'error';
  results: ServiceEntry[];
  /** How many of the results are shown (the pages so far). */
  shown: number;
  /** Whether anything narrows the list, so "Clear search and filters" is offered. */
  filtered: boolean;
  onRetry: () => void;
  onClearAll: () => void;
  onShowMore: () => void;
}

/**
 * Below the search: the loading status, the load error with Retry, or the count, the cards
 * shown so far, the empty state with its way out, and "Show more services".
 */
export function resultsArea(view: ResultsView): TemplateResult {
  const { loadState, results, filtered } = view;
  if (loadState === 'loading') return html`<p class="status" aria-busy="true">${msg('Loading services…')}</p>`;
  if (loadState === 'error') {
    return html`<div class="error" role="alert">
      <p>${msg('The list of services could not be loaded. Check your connection and try again.')}</p>
      <button type="button" class="retry" @click=${view.onRetry}>${msg('Try again')}</button>
    </div>`;
  }
  const visible = results.slice(0, view.shown);
  return html`<p class="count">${foundText(results.length)}</p>
    ${results.length
      ? html`<ul class="results" aria-label=${msg('Services')}>${repeat(visible, (entry) => entry.id, (entry) => serviceCard(entry, view))}</ul>`
      : html`<div class="empty">
          <p>${msg('No services match your search.')}</p>
          <p>${msg('Check the spelling, try another word, or clear the filters.')}</p>
          ${filtered ? html`<button type="button" class="clear-all" @click=${view.onClearAll}>${msg('Clear search and filters')}</button>` : nothing}
        </div>`}
    ${results.length > visible.length
      ? html`<button type="button" class="more" @click=${view.onShowMore}>
          ${msg(str`Show more services (${formatNumber(results.length - visible.length)} left)`)}
        </button>`
      : nothing}`;
}
