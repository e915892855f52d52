import { expect } from '@open-wc/testing';
import { readServiceEntry, type ServiceEntry } from '@qulay/elements';
import { emptyFilters, findServices, isFiltered, type Filters } from '../../packages/elements/src/service-catalog/catalog-query.js';
import { filtersFromSearch, searchWithFilters } from '../../packages/elements/src/service-catalog/catalog-url.js';

// The catalog's search and its URL form are plain functions over the service data, tested here
// without an element: what a citizen's query, filters and order select, and how they survive a
// shared link.

const { services } = (await (await fetch('/test/fixtures/services.json')).json()) as { services: unknown[] };
const entries = services.map((raw) => readServiceEntry(raw) as ServiceEntry);
const find = (filters: Partial<Filters>, locale: Parameters<typeof findServices>[2] = 'en') =>
  findServices(entries, { ...emptyFilters, ...filters }, locale).map((entry) => entry.id);

describe('catalog search (findServices)', () => {
  it('matches every word of the query in any script and spelling, by name or agency', () => {
    expect(find({ query: 'ўқиш' })).to.deep.equal(['study-certificate']);
    expect(find({ query: "O'QISH joyidan" })).to.deep.equal(['study-certificate']);
    expect(find({ query: 'налоговый справка' })).to.have.members(['tax-debt-certificate', 'salary-certificate']);
    expect(find({ query: 'oqish pensiya' })).to.deep.equal([]);
  });

  it('narrows by who it is for, how to apply (a public service centre as "psc" too), free and proactive', () => {
    expect(find({ type: 'g2b' })).to.deep.equal(['self-employed-registration']);
    expect(find({ channel: 'office' })).to.have.members(['residence-certificate', 'vehicle-power-of-attorney', 'pension-assignment', 'criminal-record-certificate']);
    expect(find({ free: true })).to.not.include.members(['vehicle-power-of-attorney', 'criminal-record-certificate']);
    expect(find({ free: true })).to.have.length(8);
    expect(find({ proactive: true })).to.deep.equal(['pension-assignment']);
    expect(find({ channel: 'office', proactive: true, type: 'g2b' })).to.deep.equal([]);
  });

  it('orders by use, by rating, or by name in the alphabet of the language', () => {
    expect(find({})[0]).to.equal('residence-certificate');
    expect(find({ sort: 'rating' }).slice(0, 2)).to.deep.equal(['self-employed-registration', 'tax-debt-certificate']);
    // Uzbek dictionary order: oʻ comes after z, so the two "Oʻ…" names close the list.
    expect(find({ sort: 'name' }, 'uz-Latn').slice(-3)).to.deep.equal(['pension-assignment', 'study-certificate', 'self-employed-registration']);
    expect(find({ sort: 'name' }, 'en')[0]).to.equal('study-certificate');
  });

  it('counts only what narrows the list as filtered, not the order', () => {
    expect(isFiltered(emptyFilters)).to.equal(false);
    expect(isFiltered({ ...emptyFilters, sort: 'name' })).to.equal(false);
    expect(isFiltered({ ...emptyFilters, free: true })).to.equal(true);
  });
});

describe('catalog URL (filtersFromSearch, searchWithFilters)', () => {
  it('reads a shared link, and values it does not know mean "any"', () => {
    expect(filtersFromSearch('?q=pensiya&type=g2x&channel=office&free=1&proactive=yes&sort=best')).to.deep.equal({
      query: 'pensiya',
      type: '',
      channel: 'office',
      free: true,
      proactive: false,
      sort: 'popular',
    });
    expect(filtersFromSearch('')).to.deep.equal(emptyFilters);
  });

  it('writes only what differs from the defaults and keeps the page’s own parameters', () => {
    expect(searchWithFilters('', emptyFilters)).to.equal('');
    expect(searchWithFilters('?page=2&q=old&free=1', { ...emptyFilters, query: 'oʻqish', sort: 'name' })).to.equal(`?page=2&q=${encodeURIComponent('oʻqish')}&sort=name`);
  });

  it('gives back the same filters after a round trip through the URL', () => {
    const filters: Filters = { query: 'ish haqi', type: 'g2c', channel: 'mobile', free: true, proactive: true, sort: 'rating' };
    expect(filtersFromSearch(searchWithFilters('?lang=uz', filters))).to.deep.equal(filters);
  });
});
