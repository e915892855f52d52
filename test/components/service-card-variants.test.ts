import { expect, fixture, html } from '@open-wc/testing';
import '@qulay/elements/define/qulay-service-card.js';
import type { QulayServiceCard } from '@qulay/elements';
import { accessibilityTree, captureWarnings, modes, resetPage, setMode } from '../helpers.js';
import { parse } from '../agency/markup.js';

// The card's slots as agencies really write them: wrappers around the title, bare text for the
// description, their own heading or link in the title slot, links inside the description,
// aria-describedby, comments and stray elements between the slots. In every mode the card
// must still be one article named by its title, with one title link and its facts.

const title = 'Criminal record certificate';
const facts = 'fee-individual="0" term="P5D" channels="web office" rating="4.4" rating-count="10"';

interface Variant {
  name: string;
  markup: string;
  /** Text the description must still show. */
  description: string;
  /** A link of the agency's own inside the card that must keep its own destination. */
  ownLink?: string;
}

const variants: Variant[] = [
  {
    name: 'title in extra wrappers, description as bare text nodes',
    markup: `<qulay-service-card href="/s/1" ${facts}>
      <div slot="title"><span><b>Criminal record</b> certificate</span></div>
      A certificate showing whether a person has a criminal record.
      <span slot="agency">Ministry of Internal Affairs</span>
    </qulay-service-card>`,
    description: 'A certificate showing whether a person has a criminal record.',
  },
  {
    name: 'the agency’s own heading in the title slot, a paragraph with a link as the description',
    markup: `<qulay-service-card href="/s/1" heading-level="2" ${facts}>
      <h2 slot="title">Criminal record certificate</h2>
      <p>Issued by the <a href="/agencies/iiv">Ministry of Internal Affairs</a> within five days.</p>
      <span slot="agency">Ministry of Internal Affairs</span>
    </qulay-service-card>`,
    description: 'Issued by the Ministry of Internal Affairs within five days.',
    ownLink: '/agencies/iiv',
  },
  {
    name: 'the agency’s own link in the title slot, aria-describedby, comments and stray elements between',
    markup: `<qulay-service-card href="/s/1" aria-describedby="card-note" ${facts}>
      <!-- CMS: service 1 -->
      <a slot="title" href="/s/1">Criminal record certificate</a>
      <br>
      <div class="cms-spacer"></div>
      <p id="card-note">Apply online; the certificate comes by email.</p>
      <!-- /CMS -->
      <span slot="agency"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""> Ministry of Internal Affairs</span>
      <a slot="actions" href="/s/1#documents">Required documents</a>
    </qulay-service-card>`,
    description: 'Apply online; the certificate comes by email.',
    ownLink: '/s/1#documents',
  },
  {
    name: 'no link (href absent), title with a line break and an abbreviation',
    markup: `<qulay-service-card ${facts}>
      <span slot="title">Criminal record<br> <abbr title="certificate">certificate</abbr></span>
      <div><div><p>A certificate showing whether a person has a criminal record.</p></div></div>
    </qulay-service-card>`,
    description: 'A certificate showing whether a person has a criminal record.',
  },
];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('<qulay-service-card> with the markup agencies write', () => {
  afterEach(resetPage);

  for (const [mode, attributes] of Object.entries(modes)) {
    describe(`${mode} mode`, () => {
      for (const variant of variants) {
        it(`${variant.name}: one article named by its title, one title link, its facts, no warning, axe clean`, async () => {
          setMode(attributes);
          let root!: HTMLDivElement;
          const warnings = await captureWarnings(async () => {
            root = await fixture<HTMLDivElement>(html`<div></div>`);
            root.append(parse(variant.markup));
            const element = root.querySelector('qulay-service-card') as QulayServiceCard;
            await element.updateComplete;
            await new Promise((resolve) => setTimeout(resolve));
            await element.updateComplete;
          });
          const element = root.querySelector('qulay-service-card') as QulayServiceCard;
          const shadow = element.shadowRoot!;
          expect(warnings, warnings.join('\n')).to.deep.equal([]);

          const nodes = await accessibilityTree();
          const articles = nodes.filter((node) => node.role === 'article');
          expect(articles.map((node) => squash(node.name))).to.deep.equal([title]);
          const headings = nodes.filter((node) => node.role === 'heading');
          expect(headings.map((node) => squash(node.name)), 'one heading, the card’s').to.deep.equal([title]);
          const hasHref = element.hasAttribute('href');
          const titleLinks = nodes.filter((node) => node.role === 'link' && squash(node.name) === title);
          expect(titleLinks, 'one link named by the title').to.have.length(hasHref ? 1 : 0);
          if (hasHref) {
            // The card's own link, or the agency's link in the title slot, never one inside the other.
            const link = shadow.querySelector<HTMLAnchorElement>('[part="link"]');
            const agencyLink = element.querySelector<HTMLAnchorElement>('[slot="title"] a[href], a[slot="title"][href]');
            expect(Boolean(link) !== Boolean(agencyLink), 'exactly one title link').to.equal(true);
            const slotted = (link?.querySelector('slot') as HTMLSlotElement | null)?.assignedElements() ?? [];
            expect(slotted.some((node) => node.matches('a[href]') || node.querySelector('a[href]')), 'no link nested in the title link').to.equal(false);
          }

          const text = squash(root.innerText);
          if (mode !== 'simplified') expect(text).to.contain(variant.description);
          expect(text).to.contain('Free');
          if (mode === 'screen reader') expect(squash(element.querySelector('[data-qulay-card="summary"]')!.textContent!)).to.contain('Free.');
          if (mode === 'read aloud') {
            const listen = shadow.querySelector('qulay-listen')!;
            await listen.updateComplete;
            expect(listen.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal(`Listen: ${title}`);
          }
          if (mode === 'simplified' && hasHref) expect(nodes.some((node) => node.role === 'link' && node.name === 'Get the service')).to.equal(true);

          if (variant.ownLink && mode === 'default') {
            let followed = '';
            root.addEventListener('click', (event) => {
              const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
              if (anchor) followed = anchor.getAttribute('href') ?? '';
              event.preventDefault();
            }, { capture: true });
            root.querySelector<HTMLAnchorElement>(`a[href="${variant.ownLink}"]`)!.click();
            expect(followed, 'the agency’s own link keeps its destination').to.equal(variant.ownLink);
          }
          await expect(root).to.be.accessible();
        });
      }
    });
  }

  it('makes the whole card the click target of the agency’s own title link', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.append(parse(`<qulay-service-card><a slot="title" href="/s/7">Passport</a><p>Text of the card.</p></qulay-service-card>`));
    const element = root.querySelector('qulay-service-card') as QulayServiceCard;
    await element.updateComplete;
    let followed = '';
    element.querySelector('a')!.addEventListener('click', (event) => {
      followed = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!;
      event.preventDefault();
    });
    element.querySelector('p')!.click();
    expect(followed).to.equal('/s/7');
  });

  it('follows a title the page swaps for its own heading after the card rendered', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.append(parse(`<qulay-service-card href="/s/1"><span slot="title">${title}</span></qulay-service-card>`));
    const element = root.querySelector('qulay-service-card') as QulayServiceCard;
    await element.updateComplete;
    element.querySelector('[slot="title"]')!.outerHTML = `<h3 slot="title">${title}</h3>`;
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const headings = (await accessibilityTree()).filter((node) => node.role === 'heading');
    expect(headings.map((node) => squash(node.name))).to.deep.equal([title]);
    await expect(root).to.be.accessible();
  });
});
