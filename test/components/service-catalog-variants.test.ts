import { expect, fixture, html } from '@open-wc/testing';
import '@qulay/elements/define/qulay-service-catalog.js';
import type { QulayServiceCatalog } from '@qulay/elements';
import { accessibilityTree, captureWarnings, modes, resetPage, setMode } from '../helpers.js';
import { parse } from '../agency/markup.js';

// The catalog as agencies put it in a page: with their own no-JavaScript list of services
// inside it (progressive enhancement), with a stray text node or intro, inside their own
// labelled section, next to another catalog. In every mode the catalog must show its search and
// cards once, with nothing of the fallback left visible or in the accessibility tree.

const { services } = (await (await fetch('/test/fixtures/services.json')).json()) as { services: Array<Record<string, unknown>> };

interface Variant {
  name: string;
  markup: string;
  /** How many search landmarks the page has. */
  searches: number;
}

const variants: Variant[] = [
  {
    name: 'the agency’s no-JavaScript list of links inside it',
    markup: `<qulay-service-catalog service-href="/services/{id}">
      <svg class="no-js-icon" width="32" height="32" role="img" aria-label="Services (fallback)"><rect width="32" height="32"></rect></svg>
      <h2>All services</h2>
      <ul class="no-js-list"><li><a href="/services/passport">Passport (fallback)</a></li><li><a href="/services/all">Every service (fallback)</a></li></ul>
    </qulay-service-catalog>`,
    searches: 1,
  },
  {
    name: 'a bare text node and a comment inside it, in a labelled section with aria-describedby',
    markup: `<section aria-labelledby="catalog-title" aria-describedby="catalog-note">
      <h2 id="catalog-title">Services</h2><p id="catalog-note">Search in any language.</p>
      <qulay-service-catalog label="Search the services" heading-level="3">
        Turn on JavaScript to search the services (fallback).
        <!-- CMS block -->
        <noscript><a href="/services/all">Every service</a></noscript>
      </qulay-service-catalog>
    </section>`,
    searches: 1,
  },
  {
    name: 'two catalogs on one page, each with its own label and wrappers between',
    markup: `<div class="grid"><div class="col">
      <qulay-service-catalog label="For citizens" page-size="3"><p>Citizens’ services (fallback)</p></qulay-service-catalog>
    </div><hr><div class="col">
      <qulay-service-catalog label="For business" page-size="3"></qulay-service-catalog>
    </div></div>`,
    searches: 2,
  },
];

describe('<qulay-service-catalog> in the pages agencies write', () => {
  afterEach(resetPage);

  for (const [mode, attributes] of Object.entries(modes)) {
    describe(`${mode} mode`, () => {
      for (const variant of variants) {
        it(`${variant.name}: search and cards once, the fallback hidden, no warning, axe clean`, async () => {
          setMode(attributes);
          let root!: HTMLDivElement;
          const warnings = await captureWarnings(async () => {
            root = await fixture<HTMLDivElement>(html`<div></div>`);
            root.append(parse(variant.markup));
            for (const catalog of root.querySelectorAll<QulayServiceCatalog>('qulay-service-catalog')) {
              catalog.services = services;
              await catalog.updateComplete;
              await Promise.all([...catalog.querySelectorAll('qulay-service-card')].map((card) => card.updateComplete));
            }
          });
          expect(warnings, warnings.join('\n')).to.deep.equal([]);
          const nodes = await accessibilityTree();
          expect(nodes.filter((node) => node.role === 'search')).to.have.length(variant.searches);
          expect(nodes.some((node) => /fallback/.test(node.name)), 'the fallback is out of the accessibility tree').to.equal(false);
          expect(root.innerText, 'the fallback is not shown').to.not.contain('fallback');
          for (const catalog of root.querySelectorAll<QulayServiceCatalog>('qulay-service-catalog')) {
            expect(catalog.querySelectorAll('qulay-service-card').length).to.equal(Math.min(services.length, catalog.pageSize));
            expect(catalog.querySelector('input[type="search"]')!.checkVisibility()).to.equal(true);
          }
          await expect(root).to.be.accessible();
        });
      }
    });
  }

  it('keeps the fallback (an <svg> too) hidden even when page CSS forces [hidden] to show', async () => {
    const style = document.createElement('style');
    style.textContent = '[hidden] { display: block !important; }';
    document.head.append(style);
    try {
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      root.append(parse(variants[0].markup));
      const catalog = root.querySelector<QulayServiceCatalog>('qulay-service-catalog')!;
      catalog.services = services;
      await catalog.updateComplete;
      expect(catalog.querySelector<HTMLElement>('.no-js-list')!.checkVisibility()).to.equal(false);
      expect(catalog.querySelector('.no-js-icon')!.checkVisibility(), 'the fallback <svg> is hidden').to.equal(false);
    } finally {
      style.remove();
    }
  });
});
