import { emptyFilters, type Filters } from './catalog-query.js';

/**
 * The filters as the URL holds them (`?q=…&type=g2b&free=1`), so a search can be shared and
 * Back works. Values the catalog does not know fall back to "any", never to an error: the URL
 * is typed by people and shortened by messengers.
 */
export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const type = params.get('type');
  const channel = params.get('channel');
  return {
    query: params.get('q') ?? '',
    type: type === 'g2c' || type === 'g2b' || type === 'g2f' ? type : '',
    channel: channel === 'web' || channel === 'mobile' || channel === 'office' ? channel : '',
    free: params.get('free') === '1',
    proactive: params.get('proactive') === '1',
    sort: sort === 'rating' || sort === 'name' ? sort : emptyFilters.sort,
  };
}

/**
 * `search` with the filters written in and the defaults left out, so an unfiltered catalog
 * keeps a clean URL; the page's other parameters stay as they are.
 */
export function searchWithFilters(search: string, filters: Filters): string {
  const params = new URLSearchParams(search);
  const { query, type, channel, free, proactive, sort } = filters;
  const set = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
  set('q', query);
  set('type', type);
  set('channel', channel);
  set('free', free ? '1' : '');
  set('proactive', proactive ? '1' : '');
  set('sort', sort === emptyFilters.sort ? '' : sort);
  return params.size ? `?${params}` : '';
}

/** Writes the filters into the page's URL: a filter change is a history entry (`push`); typing replaces the current one. */
export function writeFiltersToUrl(filters: Filters, push: boolean): void {
  const url = `${location.pathname}${searchWithFilters(location.search, filters)}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
