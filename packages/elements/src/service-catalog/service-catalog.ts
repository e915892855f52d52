import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { QulayElement, activeLocale, announce, compareUzbek, formatNumber, pluralCategory, safeUrl, searchKey, setHidden } from '@qulay/core';
import { readServiceEntry, textIn, type ServiceEntry } from './service-entry.js';
import { serviceCatalogStyles } from './service-catalog.styles.js';
import { QulayServiceCard } from '../service-card/service-card.js';
import { readHeadingLevel, type HeadingLevel } from '../shared/heading.js';

type Sort = 'popular' | 'rating' | 'name';
interface Filters {
  query: string;
  type: '' | 'g2c' | 'g2b' | 'g2f';
  channel: '' | 'web' | 'mobile' | 'office';
  free: boolean;
  proactive: boolean;
  sort: Sort;
}
const emptyFilters: Filters = { query: '', type: '', channel: '', free: false, proactive: false, sort: 'popular' };

let instances = 0;

/** "12 services found", with the plural forms each language needs. */
function foundText(count: number): string {
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
  /** A URL of JSON: an array of services, or `{ "services": [...] }`. */
  @property() src?: string;
  /** Where a card links when its entry has no `href`; `{id}` is replaced by the service id. */
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
  private readonly onPopState = () => this.readUrl();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    if (!this.hasUpdated) this.hideFallback();
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

  /**
   * The agency's no-JavaScript content, present before the first render, is hidden (never
   * removed) so the catalog does not show the services twice. A bare text node cannot carry
   * `hidden`, so it moves into a hidden span of its own.
   */
  private hideFallback(): void {
    for (const node of [...this.childNodes]) {
      if (node instanceof HTMLElement) {
        setHidden(node, true);
      } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        const wrapper = document.createElement('span');
        wrapper.dataset.qulayCatalog = 'fallback';
        node.replaceWith(wrapper);
        wrapper.append(node);
        setHidden(wrapper, true);
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('services')) this.entries = this.readEntries(this.services);
    if (changed.has('src') && this.src) void this.load();
    if (changed.has('pageSize') && (!Number.isInteger(this.pageSize) || this.pageSize < 1)) {
      this.warnInvalid('page-size', this.pageSize, 'a whole number, 1 or more', '12');
      this.pageSize = 12;
    }
    if (changed.has('headingLevel')) {
      const level = this.headingLevel;
      this.level = readHeadingLevel(this, Number.isNaN(level) ? (this.getAttribute('heading-level') ?? level) : level, 3);
    }
    if (!this.shown) this.shown = this.pageSize;
  }

  private readEntries(list: unknown): ServiceEntry[] {
    if (!Array.isArray(list)) {
      this.warnInvalid('services', typeof list, 'an array of services', 'no services');
      return [];
    }
    const seen = new Set<string>();
    const entries: ServiceEntry[] = [];
    list.forEach((raw, index) => {
      const entry = readServiceEntry(raw);
      if (typeof entry === 'string') {
        this.warn(`services[${index}] is skipped: ${entry}.`);
      } else if (seen.has(entry.id)) {
        this.warn(`services[${index}] is skipped: the id "${entry.id}" is used twice.`);
      } else {
        seen.add(entry.id);
        entries.push(entry);
        const href = (raw as { href?: unknown }).href;
        if (href !== undefined && href !== null && href !== '' && !entry.href) {
          this.warnInvalid(`services[${index}].href`, href, 'an http(s) or relative URL', this.serviceHref ? 'service-href' : 'no link');
        }
      }
    });
    return entries;
  }

  /** Loads `src`; on failure shows a localized error with a Retry button. */
  async load(): Promise<void> {
    if (!this.src) return;
    const src = safeUrl(this.src);
    if (!src) {
      this.warnInvalid('src', this.src, 'an http(s) or relative URL of a JSON list', 'no list');
      return;
    }
    const run = ++this.loadRun;
    this.loadState = 'loading';
    try {
      const response = await fetch(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const json = (await response.json()) as unknown;
      if (run !== this.loadRun) return;
      const list = Array.isArray(json) ? json : (json as { services?: unknown })?.services;
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
    const { query, type, channel, free, proactive, sort } = this.filters;
    const words = searchKey(query).split(' ').filter(Boolean);
    const matching = this.entries.filter(
      (entry) =>
        words.every((word) => entry.key.includes(word)) &&
        (!type || entry.type === type) &&
        (!channel || entry.channels.includes(channel)) &&
        (!free || entry.free) &&
        (!proactive || entry.proactive),
    );
    const locale = activeLocale();
    const name = (entry: ServiceEntry) => textIn(entry.name, locale).text;
    const byName =
      locale === 'uz-Latn' || locale === 'kaa-Latn'
        ? (a: ServiceEntry, b: ServiceEntry) => compareUzbek(name(a), name(b))
        : (a: ServiceEntry, b: ServiceEntry) => name(a).localeCompare(name(b), locale);
    const order: Record<Sort, (a: ServiceEntry, b: ServiceEntry) => number> = {
      popular: (a, b) => b.popularity - a.popularity || byName(a, b),
      rating: (a, b) => (b.rating ?? -1) - (a.rating ?? -1) || byName(a, b),
      name: byName,
    };
    return matching.sort(order[sort]);
  }

  private change(partial: Partial<Filters>, { announceNow = false } = {}): void {
    this.filters = { ...this.filters, ...partial };
    this.shown = this.pageSize;
    clearTimeout(this.announceTimer);
    // Announce after typing stops, so a screen reader is not interrupted on every key.
    this.announceTimer = setTimeout(() => this.announceCount(), announceNow ? 0 : 600);
    if (this.syncUrl) this.writeUrl(partial.query === undefined);
  }

  private announceCount(): void {
    const count = this.results.length;
    announce(count ? foundText(count) : msg('No services match your search.'));
    this.emit('qulay-catalog-change', { ...this.filters, count });
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    const sort = params.get('sort');
    const type = params.get('type');
    const channel = params.get('channel');
    this.filters = {
      query: params.get('q') ?? '',
      type: type === 'g2c' || type === 'g2b' || type === 'g2f' ? type : '',
      channel: channel === 'web' || channel === 'mobile' || channel === 'office' ? channel : '',
      free: params.get('free') === '1',
      proactive: params.get('proactive') === '1',
      sort: sort === 'rating' || sort === 'name' ? sort : 'popular',
    };
    this.shown = this.pageSize;
  }

  /** A filter change is a history entry; typing replaces the current one. */
  private writeUrl(push: boolean): void {
    const params = new URLSearchParams(location.search);
    const { query, type, channel, free, proactive, sort } = this.filters;
    const set = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
    set('q', query);
    set('type', type);
    set('channel', channel);
    set('free', free ? '1' : '');
    set('proactive', proactive ? '1' : '');
    set('sort', sort === 'popular' ? '' : sort);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
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
    // The id is filled in before the URL is checked: parsing would encode the braces.
    const href = safeUrl(this.serviceHref.replace('{id}', encodeURIComponent(entry.id)));
    if (!href) this.warnInvalid('service-href', this.serviceHref, 'an http(s) or relative URL', 'no link');
    return href;
  }

  private renderCard(entry: ServiceEntry) {
    const locale = activeLocale();
    const name = textIn(entry.name, locale);
    const agency = textIn(entry.agency, locale);
    const description = textIn(entry.description, locale);
    const fee = (f?: { bhm?: number; sum?: number }, bhm = false) => (f ? (bhm ? f.bhm : f.sum)?.toString() : undefined);
    return html`<li>
      <qulay-service-card
        href=${this.hrefFor(entry) ?? nothing}
        heading-level=${this.level}
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

  private renderFilters() {
    const f = this.filters;
    const id = (name: string) => `${this.idPrefix}-${name}`;
    return html`<div class="filters">
      <div class="field">
        <label for=${id('type')}>${msg('Who it is for')}</label>
        <select id=${id('type')} .value=${f.type} @change=${(e: Event) => this.change({ type: (e.target as HTMLSelectElement).value as Filters['type'] }, { announceNow: true })}>
          <option value="">${msg('Everyone')}</option>
          <option value="g2c">${msg('For citizens')}</option>
          <option value="g2b">${msg('For business')}</option>
          <option value="g2f">${msg('For foreigners')}</option>
        </select>
      </div>
      <div class="field">
        <label for=${id('channel')}>${msg('How to apply')}</label>
        <select id=${id('channel')} .value=${f.channel} @change=${(e: Event) => this.change({ channel: (e.target as HTMLSelectElement).value as Filters['channel'] }, { announceNow: true })}>
          <option value="">${msg('Any way')}</option>
          <option value="web">${msg('Online')}</option>
          <option value="mobile">${msg('In the mobile app')}</option>
          <option value="office">${msg('At a public service centre')}</option>
        </select>
      </div>
      <div class="field">
        <label for=${id('sort')}>${msg('Order')}</label>
        <select id=${id('sort')} .value=${f.sort} @change=${(e: Event) => this.change({ sort: (e.target as HTMLSelectElement).value as Sort }, { announceNow: true })}>
          <option value="popular">${msg('Most used first')}</option>
          <option value="rating">${msg('Best rated first')}</option>
          <option value="name">${msg('By name')}</option>
        </select>
      </div>
      <label class="check"
        ><input type="checkbox" .checked=${f.free} @change=${(e: Event) => this.change({ free: (e.target as HTMLInputElement).checked }, { announceNow: true })} />
        <span>${msg('Free only')}</span></label
      >
      <label class="check"
        ><input type="checkbox" .checked=${f.proactive} @change=${(e: Event) => this.change({ proactive: (e.target as HTMLInputElement).checked }, { announceNow: true })} />
        <span>${msg('Proactive only')}</span></label
      >
    </div>`;
  }

  override render() {
    const f = this.filters;
    const label = this.label || msg('Search services');
    const results = this.loadState === 'idle' ? this.results : [];
    const visible = results.slice(0, this.shown);
    const filtered = f.query || f.type || f.channel || f.free || f.proactive;
    return html`
      <search class="search" aria-label=${label}>
        <div class="query">
          <label for=${`${this.idPrefix}-q`}>${label}</label>
          <p class="hint" id=${`${this.idPrefix}-hint`}>${msg('Search by service or agency, in any language or spelling.')}</p>
          <div class="query-row">
            <input
              id=${`${this.idPrefix}-q`}
              type="search"
              autocomplete="off"
              enterkeyhint="search"
              aria-describedby=${`${this.idPrefix}-hint`}
              .value=${f.query}
              @input=${(e: Event) => this.change({ query: (e.target as HTMLInputElement).value })}
            />
            ${f.query
              ? html`<button type="button" class="clear" @click=${() => this.clearAll()}>${msg('Clear search')}</button>`
              : nothing}
          </div>
        </div>
        ${this.renderFilters()}
      </search>
      ${this.loadState === 'loading'
        ? html`<p class="status" aria-busy="true">${msg('Loading services…')}</p>`
        : this.loadState === 'error'
          ? html`<div class="error" role="alert">
              <p>${msg('The list of services could not be loaded. Check your connection and try again.')}</p>
              <button type="button" class="retry" @click=${() => void this.load()}>${msg('Try again')}</button>
            </div>`
          : html`<p class="count">${foundText(results.length)}</p>
              ${results.length
                ? html`<ul class="results" aria-label=${msg('Services')}>${repeat(visible, (entry) => entry.id, (entry) => this.renderCard(entry))}</ul>`
                : html`<div class="empty">
                    <p>${msg('No services match your search.')}</p>
                    <p>${msg('Check the spelling, try another word, or clear the filters.')}</p>
                    ${filtered ? html`<button type="button" class="clear-all" @click=${() => this.clearAll()}>${msg('Clear search and filters')}</button>` : nothing}
                  </div>`}
              ${results.length > visible.length
                ? html`<button type="button" class="more" @click=${() => this.showMore()}>
                    ${msg(str`Show more services (${formatNumber(results.length - visible.length)} left)`)}
                  </button>`
                : nothing}`}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-catalog-change': CustomEvent<Filters & { count: number }>;
    'qulay-catalog-error': CustomEvent<{ error: string }>;
  }
}
