import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { QulayElement, activeLocale, announce, hideFallback, safeUrl } from '@qulay/core';
import type { ServiceEntry } from './service-entry.js';
import { emptyFilters, findServices, isFiltered, type Filters } from './catalog-query.js';
import { fetchServiceList, readServiceList } from './catalog-data.js';
import { filtersFromSearch, writeFiltersToUrl } from './catalog-url.js';
import { searchLandmark } from './catalog-search.js';
import { foundText, resultsArea } from './catalog-results.js';
import { serviceCatalogStyles } from './service-catalog.styles.js';
import { QulayServiceCard } from '../service-card/service-card.js';
import { readHeadingLevel, type HeadingLevel } from '../shared/heading.js';

let instances = 0;

/**
 * A searchable catalog of service cards. It renders into its own light DOM (search, filters
 * and cards), so everything it shows is page text that native read-aloud tools and
 * `innerText` see, and the cards' ids and labels work with the page's own. Style it with
 * `qulay-service-catalog …` selectors. Its cards are `<qulay-service-card>` elements, which it
 * declares as a dependency (registered with it). What the page puts inside the element (a
 * plain list of service links for browsers without JavaScript) is the fallback: it stays in
 * the page, hidden, once the catalog runs.
 *
 * @summary The portal's front door: search across spelling and script, filters, sorting and
 * pages of service cards, for hundreds of services.
 *
 * @tagname qulay-service-catalog
 *
 * @cssprop --qulay-service-catalog-columns - Minimum card width of the results grid. Default: 20rem.
 *
 * @fires qulay-catalog-change - After the query, a filter or the order changed; `detail` holds them and `count`.
 * @fires qulay-catalog-error - When `src` could not be loaded; `detail.error`.
 */
export class QulayServiceCatalog extends QulayElement {
  static override lightStyles = serviceCatalogStyles;
  static override dependencies = { 'qulay-service-card': QulayServiceCard };

  /** The services (see the documented JSON shape). Invalid entries are skipped with a warning each. */
  @property({ attribute: false }) services: unknown[] = [];
  /** A URL of JSON: an array of services, or `{ "services": [...] }`. While it is set (and accepted), its list replaces `services`. */
  @property() src?: string;
  /** Where a card links when its entry has no `href`; `{id}` (required) is replaced by the service id. */
  @property({ attribute: 'service-href' }) serviceHref?: string;
  /** Heading level of each card's title, 2 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** How many cards a page shows before "Show more services". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** Keeps the query and filters in the URL, so a search can be shared and Back works. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** The catalog's accessible name (its search landmark). */
  @property() label?: string;

  @state() private entries: ServiceEntry[] = [];
  @state() private filters: Filters = { ...emptyFilters };
  @state() private shown = 0;
  @state() private loadState: 'idle' | 'loading' | 'error' = 'idle';

  private level: HeadingLevel = 3;
  private readonly idPrefix = `qulay-catalog-${++instances}`;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private loadRun = 0;
  private loading?: AbortController;
  private readonly onPopState = () => this.readUrl();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // The agency's no-JavaScript content, present before the first render, is hidden (never
    // removed) so the catalog does not show the services twice.
    if (!this.hasUpdated) hideFallback(this);
    super.connectedCallback();
    if (this.syncUrl) {
      this.readUrl();
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // While a src is set and accepted, its list is the one shown (load() falls back to services otherwise).
    if (changed.has('services') && !(this.src && safeUrl(this.src))) this.entries = this.readEntries(this.services);
    if (changed.has('src')) void this.load();
    if (changed.has('pageSize') && (!Number.isInteger(this.pageSize) || this.pageSize < 1)) {
      this.warnInvalid('page-size', this.pageSize, 'a whole number, 1 or more', '12');
      this.pageSize = 12;
    }
    if (changed.has('headingLevel')) this.level = readHeadingLevel(this, this.headingLevel, 3);
    if (!this.shown) this.shown = this.pageSize;
  }

  private readEntries(list: unknown): ServiceEntry[] {
    return readServiceList(list, this, this.serviceHref ? 'service-href' : 'no link');
  }

  /**
   * Loads `src`; on failure shows a localized error with a Retry button. Any load already
   * under way is cancelled first, also when `src` is now empty or refused: a late answer for
   * an earlier `src` must never replace what the catalog shows now.
   */
  async load(): Promise<void> {
    const run = ++this.loadRun;
    this.loading?.abort();
    this.loading = undefined;
    const src = this.src ? safeUrl(this.src) : undefined;
    if (!src) {
      if (this.src) this.warnInvalid('src', this.src, 'an http(s) or relative URL of a JSON list', 'the services property');
      // Without a src it accepts, the catalog shows its `services` property.
      this.entries = this.readEntries(this.services);
      this.loadState = 'idle';
      return;
    }
    const loading = (this.loading = new AbortController());
    this.loadState = 'loading';
    try {
      const list = await fetchServiceList(src, loading.signal);
      if (run !== this.loadRun) return;
      this.entries = this.readEntries(list);
      this.loadState = 'idle';
    } catch (error) {
      if (run !== this.loadRun) return;
      this.loadState = 'error';
      this.emit('qulay-catalog-error', { error: String(error) });
      announce(msg('The list of services could not be loaded.'), { assertive: true });
    }
  }

  /** The services matching the query and filters, in the chosen order. */
  get results(): ServiceEntry[] {
    return findServices(this.entries, this.filters, activeLocale());
  }

  private change(partial: Partial<Filters>, { announceNow = false } = {}): void {
    this.filters = { ...this.filters, ...partial };
    this.shown = this.pageSize;
    clearTimeout(this.announceTimer);
    // Announce after typing stops, so a screen reader is not interrupted on every key.
    this.announceTimer = setTimeout(() => this.announceCount(), announceNow ? 0 : 600);
    // A filter change is a history entry; typing replaces the current one.
    if (this.syncUrl) writeFiltersToUrl(this.filters, partial.query === undefined);
  }

  private announceCount(): void {
    const count = this.results.length;
    announce(count ? foundText(count) : msg('No services match your search.'));
    this.emit('qulay-catalog-change', { ...this.filters, count });
  }

  private readUrl(): void {
    this.filters = filtersFromSearch(location.search);
    this.shown = this.pageSize;
  }

  private clearAll(): void {
    this.change({ ...emptyFilters, sort: this.filters.sort }, { announceNow: true });
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>(`#${this.idPrefix}-q`)?.focus());
  }

  /** Shows the next page and moves focus to its first card, so the user's place is kept. */
  private showMore(): void {
    const first = this.shown;
    this.shown += this.pageSize;
    void this.updateComplete.then(async () => {
      const card = this.querySelectorAll('qulay-service-card')[first] as HTMLElement & { updateComplete: Promise<unknown> };
      await card?.updateComplete;
      const link = card?.shadowRoot?.querySelector<HTMLElement>('[part="link"]');
      (link ?? card)?.focus();
    });
  }

  private hrefFor(entry: ServiceEntry): string | undefined {
    if (entry.href) return entry.href;
    if (!this.serviceHref) return undefined;
    // Without {id} every card would link to the same page: a mistake, not a choice.
    if (!this.serviceHref.includes('{id}')) {
      this.warnInvalid('service-href', this.serviceHref, 'a URL with {id} where the service id goes', 'no link');
      return undefined;
    }
    // The id is filled in before the URL is checked: parsing would encode the braces.
    const href = safeUrl(this.serviceHref.replace('{id}', encodeURIComponent(entry.id)));
    if (!href) this.warnInvalid('service-href', this.serviceHref, 'an http(s) or relative URL', 'no link');
    return href;
  }

  override render() {
    const label = this.label || msg('Search services');
    return html`
      ${searchLandmark({ filters: this.filters, label, idPrefix: this.idPrefix, onChange: (partial, options) => this.change(partial, options), onClear: () => this.clearAll() })}
      ${resultsArea({
        loadState: this.loadState,
        results: this.loadState === 'idle' ? this.results : [],
        shown: this.shown,
        filtered: isFiltered(this.filters),
        href: (entry) => this.hrefFor(entry),
        level: this.level,
        locale: activeLocale(),
        onRetry: () => void this.load(),
        onClearAll: () => this.clearAll(),
        onShowMore: () => this.showMore(),
      })}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-catalog-change': CustomEvent<Filters & { count: number }>;
    'qulay-catalog-error': CustomEvent<{ error: string }>;
  }
}
