// A <qulay-rating> the page forgot to name: one warning, and the radiogroup still has a name.
// Every way of naming it counts, a <label for> added just after it was drawn included (the check
// waits half a second after the first render).
import { expect, fixture, html } from '@open-wc/testing';
import '@qulay/elements/define/qulay-rating.js';
import type { QulayRating } from '@qulay/elements';
import { captureWarnings, findAccessible, languages, resetPage, setLanguage } from '../helpers.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

async function mount(template: ReturnType<typeof html>, after?: (host: HTMLElement) => void) {
  let host!: HTMLElement;
  const warnings = await captureWarnings(async () => {
    host = await fixture<HTMLElement>(template);
    after?.(host);
    await settle();
    await (host.querySelector('qulay-rating') as QulayRating).updateComplete;
  });
  return { host, warnings: warnings.filter((w) => w.includes('has no name')) };
}

describe('<qulay-rating> without a name', () => {
  afterEach(() => resetPage());

  it('warns once and names the group "Rating"', async () => {
    const { host, warnings } = await mount(html`<div><qulay-rating name="score"></qulay-rating></div>`);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<qulay-rating>').and.to.contain('accepted:').and.to.contain('aria-label');
    expect(await findAccessible('radiogroup', 'Rating')).to.exist;
    const element = host.querySelector('qulay-rating') as QulayRating;
    const again = await captureWarnings(async () => {
      element.value = 3;
      await element.updateComplete;
      await settle();
    });
    expect(again.filter((w) => w.includes('has no name')), 'once').to.deep.equal([]);
    await expect(host).to.be.accessible();
  });

  for (const lang of languages.filter((l) => l !== 'en')) {
    it(`the fallback name is in ${lang}`, async () => {
      await setLanguage(lang);
      const { host } = await mount(html`<div><qulay-rating name="score"></qulay-rating></div>`);
      const group = (host.querySelector('qulay-rating') as QulayRating).shadowRoot!.querySelector('[role="radiogroup"]')!;
      expect(group.getAttribute('aria-label')).to.be.a('string').and.to.not.equal('Rating');
    });
  }

  const named: Array<[string, ReturnType<typeof html>, string]> = [
    ['label attribute', html`<div><qulay-rating label="Service"></qulay-rating></div>`, 'Service'],
    ['label slot', html`<div><qulay-rating><span slot="label">Service</span></qulay-rating></div>`, 'Service'],
    ['<label for>', html`<div><label for="r1">Service</label><qulay-rating id="r1"></qulay-rating></div>`, 'Service'],
    ['aria-label', html`<div><qulay-rating aria-label="Service"></qulay-rating></div>`, 'Service'],
    ['aria-labelledby', html`<div><p id="r-name">Service</p><qulay-rating aria-labelledby="r-name"></qulay-rating></div>`, 'Service'],
  ];
  for (const [how, template, name] of named) {
    it(`named by its ${how}: no warning, the group has that name`, async () => {
      const { warnings } = await mount(template);
      expect(warnings).to.deep.equal([]);
      expect(await findAccessible('radiogroup', name)).to.exist;
    });
  }

  it('a <label for> the page adds right after the first render counts: no warning', async () => {
    const { warnings } = await mount(html`<div><qulay-rating id="r2"></qulay-rating></div>`, (host) => {
      const label = document.createElement('label');
      label.htmlFor = 'r2';
      label.textContent = 'Waiting time';
      host.prepend(label);
    });
    expect(warnings).to.deep.equal([]);
    expect(await findAccessible('radiogroup', 'Waiting time')).to.exist;
  });

  it('a display-only rating (readonly) is an image with its own name: no warning', async () => {
    const { warnings } = await mount(html`<div><qulay-rating readonly value="4.5"></qulay-rating></div>`);
    expect(warnings).to.deep.equal([]);
  });
});
