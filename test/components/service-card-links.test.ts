import { expect, fixture, html } from '@open-wc/testing';
import '@qulay/elements/define/qulay-service-card.js';
import type { QulayServiceCard } from '@qulay/elements';
import { captureWarnings, resetPage } from '../helpers.js';
import { parse } from '../agency/markup.js';

// What a click on the card follows, and how the card reports several bad channel words.

declare global {
  interface Window { qulayCardLinkRan?: boolean }
}

async function card(markup: string): Promise<QulayServiceCard> {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  root.append(parse(markup));
  const element = root.querySelector('qulay-service-card') as QulayServiceCard;
  await element.updateComplete;
  return element;
}

/** Waits long enough for a followed javascript: link to have run (it runs in a task of its own). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('<qulay-service-card> links and channels', () => {
  afterEach(async () => {
    delete window.qulayCardLinkRan;
    await resetPage();
  });

  it('a click on the card does not follow a javascript: title link of the agency', async () => {
    const element = await card(
      `<qulay-service-card><a slot="title" href="javascript:window.qulayCardLinkRan=true">Passport</a><p>Text of the card.</p></qulay-service-card>`,
    );
    element.querySelector('p')!.click();
    await settle();
    expect(window.qulayCardLinkRan ?? false, 'the refused link ran').to.equal(false);
    // The card does not present itself as a link target either.
    expect(element.shadowRoot!.querySelector('[part="card"]')!.classList.contains('linked')).to.equal(false);
  });

  it('control: clicking that same link itself does run it (so the check above can fail)', async () => {
    const element = await card(
      `<qulay-service-card><a slot="title" href="javascript:window.qulayCardLinkRan=true">Passport</a><p>Text of the card.</p></qulay-service-card>`,
    );
    element.querySelector('a')!.click();
    await settle();
    expect(window.qulayCardLinkRan).to.equal(true);
  });

  it('a click on the card still follows an accepted title link of the agency', async () => {
    const element = await card(`<qulay-service-card><a slot="title" href="#passport">Passport</a><p>Text of the card.</p></qulay-service-card>`);
    let followed = '';
    element.querySelector('a')!.addEventListener('click', (event) => {
      followed = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!;
      event.preventDefault();
    });
    element.querySelector('p')!.click();
    expect(followed).to.equal('#passport');
  });

  it('several unknown channel words: one warning naming them all, the known channels kept', async () => {
    let element!: QulayServiceCard;
    const warnings = await captureWarnings(async () => {
      element = await card(`<qulay-service-card channels="web fax, pigeon office telegraph"><span slot="title">T</span></qulay-service-card>`);
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(warnings, warnings.join('\n')).to.deep.equal([
      '<qulay-service-card>: channels="fax pigeon telegraph" is not valid; accepted: web, mobile, office. Using the others.',
    ]);
    const facts = element.querySelector('[data-qulay-card="more-facts"]')!.textContent!;
    expect(facts).to.match(/online/i);
    expect(facts).to.match(/public service centre/i);
    expect(facts).to.not.match(/mobile app/i);
  });
});
