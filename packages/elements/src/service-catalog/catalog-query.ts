import { compareUzbek, searchKey, type QulayLocale } from '@qulay/core';
import { textIn, type ServiceEntry } from './service-entry.js';

export type Sort = 'popular' | 'rating' | 'name';

/** What the citizen asked for: the query, the filters and the order. */
export interface Filters {
  query: string;
  type: '' | 'g2c' | 'g2b' | 'g2f';
  channel: '' | 'web' | 'mobile' | 'office';
  free: boolean;
  proactive: boolean;
  sort: Sort;
}

export const emptyFilters: Filters = { query: '', type: '', channel: '', free: false, proactive: false, sort: 'popular' };

/** Whether anything narrows the list (the order does not), so "Clear search and filters" has work to do. */
export function isFiltered({ query, type, channel, free, proactive }: Filters): boolean {
  return Boolean(query || type || channel || free || proactive);
}

/**
 * Names in the order a reader of `locale` expects. Uzbek and Karakalpak Latin use the Uzbek
 * dictionary order (oʻ, gʻ, sh and ch after z), which `Intl` does not know.
 */
function byName(locale: QulayLocale): (a: ServiceEntry, b: ServiceEntry) => number {
  const name = (entry: ServiceEntry) => textIn(entry.name, locale).text;
  return locale === 'uz-Latn' || locale === 'kaa-Latn'
    ? (a, b) => compareUzbek(name(a), name(b))
    : (a, b) => name(a).localeCompare(name(b), locale);
}

/**
 * The services matching the query and filters, in the chosen order. Every word of the query
 * must occur in the entry's folded key, so spelling and script do not matter.
 */
export function findServices(entries: readonly ServiceEntry[], filters: Filters, locale: QulayLocale): ServiceEntry[] {
  const { query, type, channel, free, proactive, sort } = filters;
  const words = searchKey(query).split(' ').filter(Boolean);
  const matching = entries.filter(
    (entry) =>
      words.every((word) => entry.key.includes(word)) &&
      (!type || entry.type === type) &&
      (!channel || entry.channels.includes(channel)) &&
      (!free || entry.free) &&
      (!proactive || entry.proactive),
  );
  const names = byName(locale);
  const order: Record<Sort, (a: ServiceEntry, b: ServiceEntry) => number> = {
    popular: (a, b) => b.popularity - a.popularity || names(a, b),
    rating: (a, b) => (b.rating ?? -1) - (a.rating ?? -1) || names(a, b),
    name: names,
  };
  return matching.sort(order[sort]);
}
