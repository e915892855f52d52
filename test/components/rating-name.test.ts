// A <qulay-rating> the page forgot to name: one warning, and the radiogroup still has a name.
// Every way of naming it counts, a <label for> added just after it was drawn included (the check
// waits half a second after the first render; here no time at all, so a test never races it).
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '@qulay/elements/define/qulay-rating.js';
import { QulayRating } from '@qulay/elements';
import { captureWarnings, findAccessible, languages, resetPage, setLanguage } from '../helpers.js';

/** The name check's timer (0 ms here) has run: timers of one delay run in the order they were set. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const mounted: Element[] = [];

/** Draws `template`; `after` runs right after the rating's first render, before its name check. */
async function mount(template: ReturnType<typeof html>, after?: (host: HTMLElement) => void) {
  let host!: HTMLElement;
  const warnings = await captureWarnings(async () => {
    const container = document.body.appendChild(document.createElement('div'));
    mounted.push(container);
    render(template, container);
    host = container.firstElementChild as HTMLElement;
    await (host.querySelector('qulay-rating') as QulayRating).updateComplete;
    after?.(host);
    await settle();
    await (host.querySelector('qulay-rating') as QulayRating).updateComplete;
  });
  return { host, warnings: warnings.filter((w) => w.includes('has no name')) };
}

describe('<qulay-rating> without a name', () => {
  const delay = QulayRating.nameCheckDelay;
  before(() => (QulayRating.nameCheckDelay = 0));
  after(() => (QulayRating.nameCheckDelay = delay));
  afterEach(async () => {
    mounted.splice(0).forEach((container) => container.remove());
    await resetPage();
  });

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

  const groupOf = (host: Element) => (host.querySelector('qulay-rating') as QulayRating).shadowRoot!.querySelector<HTMLElement & { ariaDescribedByElements: Element[] | null }>('[role="radiogroup"]')!;

  it('an aria-label or aria-labelledby the page sets after the check renames the group', async () => {
    const { host } = await mount(html`<div><p id="r-late">Waiting time</p><qulay-rating></qulay-rating></div>`);
    const rating = host.querySelector('qulay-rating')!;
    rating.setAttribute('aria-label', 'Service');
    await waitUntil(() => groupOf(host).getAttribute('aria-label') === 'Service', 'the group is named by the new aria-label');
    rating.removeAttribute('aria-label');
    rating.setAttribute('aria-labelledby', 'r-late');
    await waitUntil(() => groupOf(host).getAttribute('aria-label') === 'Waiting time', 'the group is named by the new aria-labelledby');
    expect(await findAccessible('radiogroup', 'Waiting time')).to.exist;
  });

  it('aria-labelledby inside a shadow root resolves there: no warning, the group has that name', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    mounted.push(container);
    let rating!: QulayRating;
    const warnings = await captureWarnings(async () => {
      const shadow = container.attachShadow({ mode: 'open' });
      render(html`<p id="r-inner">Service</p><qulay-rating aria-labelledby="r-inner"></qulay-rating>`, shadow);
      rating = shadow.querySelector('qulay-rating') as QulayRating;
      await rating.updateComplete;
      await settle();
      await rating.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('has no name'))).to.deep.equal([]);
    expect(rating.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Service');
  });

  it('an aria-describedby element the page inserts later reaches the group', async () => {
    const { host } = await mount(html`<div><qulay-rating label="Service" aria-describedby="r-hint"></qulay-rating></div>`);
    expect(groupOf(host).ariaDescribedByElements).to.equal(null);
    const hint = document.createElement('p');
    hint.id = 'r-hint';
    hint.textContent = 'One star is poor, five is excellent.';
    host.append(hint);
    await waitUntil(() => groupOf(host).ariaDescribedByElements?.[0] === hint, 'the description reaches the radiogroup');
  });
});
