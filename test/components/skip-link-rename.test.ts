// The skip link's old attribute `target` (renamed `for`) set after the link is on the page.
import { expect, fixture, html } from '@open-wc/testing';
import '@qulay/elements/define/qulay-skip-link.js';
import type { QulaySkipLink } from '@qulay/elements';
import { captureWarnings, resetPage } from '../helpers.js';

describe('<qulay-skip-link> target set later', () => {
  afterEach(() => resetPage());

  it('a later setAttribute("target") still moves the link, with one warning', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><qulay-skip-link></qulay-skip-link><main>Main</main><div id="a">A</div><div id="b">B</div></div>`);
    const skip = root.querySelector('qulay-skip-link') as QulaySkipLink;
    await skip.updateComplete;
    const warnings = await captureWarnings(async () => {
      skip.setAttribute('target', 'a');
      await skip.updateComplete;
      skip.setAttribute('target', 'b');
      await skip.updateComplete;
    });
    expect(skip.for).to.equal('b');
    expect(skip.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#b');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('target').and.to.contain('for').and.to.contain('0.3');
  });
});
