import { expect } from '@open-wc/testing';

// Importing @qulay/elements must register nothing: an agency imports the classes to extend or
// type them, and registers with the define/ files (or the single-file build) only. This page
// imports nothing else, so any registration comes from the index and what it imports.
describe('@qulay/elements (the index)', () => {
  it('registers no custom element when imported', async () => {
    const defined: string[] = [];
    const original = customElements.define.bind(customElements);
    customElements.define = (name: string, constructor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
      defined.push(name);
      original(name, constructor, options);
    };
    try {
      const elements = await import('@qulay/elements');
      expect(elements.QulayServiceCard, 'the classes are exported').to.be.a('function');
    } finally {
      customElements.define = original;
    }
    expect(defined).to.deep.equal([]);
    for (const tag of ['qulay-rating', 'qulay-listen', 'qulay-service-card', 'qulay-skip-link']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('registers an element with its declared dependencies through define()', async () => {
    const { QulayServiceCatalog } = await import('@qulay/elements');
    QulayServiceCatalog.define('qulay-service-catalog');
    expect(customElements.get('qulay-service-catalog')).to.equal(QulayServiceCatalog);
    expect(customElements.get('qulay-service-card'), 'the catalog declares the card').to.exist;
    expect(customElements.get('qulay-listen'), 'the card declares the listen button').to.exist;
  });
});
