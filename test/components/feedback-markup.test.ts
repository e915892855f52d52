// The agency's no-JavaScript form, written the ways agencies write it, in every mode, under a
// hostile page stylesheet: the kit's block works and hides exactly what the agency wrote.
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@qulay/elements/define/qulay-feedback.js';
import type { FeedbackSubmission, QulayFeedback } from '@qulay/elements';
import { findAccessible, modes, resetPage, setMode } from '../helpers.js';

/** Every variant's own words start with "Agency", so they are easy to look for. */
const variants: Record<string, string> = {
  'wrapped fields': `<form action="/api/feedback" method="post">
      <h2>Agency feedback</h2>
      <fieldset><legend>Agency: was it useful?</legend>
        <label><input type="radio" name="useful" value="yes" required> Agency yes</label>
        <label><input type="radio" name="useful" value="no"> Agency no</label>
      </fieldset>
      <p><label>Agency comment <textarea name="comment"></textarea></label></p>
      <button type="submit">Agency send</button>
    </form>`,
  'flat label and input siblings, aria-describedby already there': `<form action="/api/feedback" method="post">
      <input type="radio" id="comment" name="useful" value="yes"><label for="comment">Agency yes</label>
      <input type="radio" id="useful-no" name="useful" value="no"><label for="useful-no">Agency no</label>
      <label for="feedback-comment">Agency comment</label>
      <textarea id="feedback-comment" name="comment" aria-describedby="feedback-hint"></textarea>
      <span id="feedback-hint">Agency hint: at most 1000 characters</span>
      <input type="submit" value="Agency send">
    </form>`,
  'fieldset with legend, no form, loose text and extra elements between': `Agency: tell us what you think
    <p>Agency intro</p>
    <fieldset><legend>Agency question</legend>
      <input type="radio" name="useful" value="yes" aria-label="Agency yes">
      <input type="radio" name="useful" value="no" aria-label="Agency no">
    </fieldset>
    <hr>
    <a href="/feedback">Agency feedback page</a> Agency loose words
    <svg width="10" height="10" aria-label="Agency icon"><rect width="10" height="10"></rect></svg>
    <textarea name="comment" aria-label="Agency comment"></textarea>`,
  'form in a wrapper div with a heading before it': `<h3>Agency heading</h3>
    <div class="agency-wrapper"><form method="post" action="/feedback">
      <div class="row"><label for="fb">Agency comment</label><div><textarea id="fb" name="comment"></textarea></div></div>
      <div class="row"><button>Agency send</button></div>
    </form></div>`,
};

describe('<qulay-feedback> with the agency\'s markup', () => {
  let hostile: HTMLStyleElement;
  beforeEach(() => {
    hostile = document.createElement('style');
    hostile.textContent = '[hidden] { display: block !important; } * { visibility: visible !important; }';
    document.head.append(hostile);
  });
  afterEach(async () => {
    hostile.remove();
    await resetPage();
  });

  for (const [variant, markup] of Object.entries(variants)) {
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`${variant}, ${mode} mode: works and hides exactly the agency's fallback`, async () => {
        setMode(attributes);
        const root = await fixture<HTMLElement>(
          html`<div><qulay-feedback service="s" heading-level="3">${unsafeStatic(markup)}</qulay-feedback></div>`,
        );
        const element = root.querySelector('qulay-feedback') as QulayFeedback;
        await element.updateComplete;
        const block = element.querySelector<HTMLElement>('.block')!;
        expect(block.checkVisibility()).to.equal(true);
        // Nothing the agency wrote is seen, read aloud or in the accessibility tree…
        expect(element.innerText).to.not.contain('Agency');
        const agencyNodes = [...element.querySelectorAll<HTMLElement>('*')].filter((node) => !block.contains(node));
        expect(agencyNodes.length).to.be.greaterThan(0);
        for (const node of agencyNodes) expect(node.checkVisibility(), node.outerHTML.slice(0, 60)).to.equal(false);
        expect(await findAccessible('textbox', /Agency/)).to.equal(undefined);
        // …and it is all still there for the day JavaScript fails.
        expect(element.textContent).to.contain('Agency');
        // The kit's block works.
        expect(await findAccessible('heading', 'Your feedback')).to.exist;
        const submissions: FeedbackSubmission[] = [];
        element.addEventListener('qulay-send-feedback', (event) => {
          submissions.push(event.detail);
          event.preventDefault();
        });
        block.querySelector<HTMLButtonElement>('button[value="no"]')!.click();
        await element.updateComplete;
        const textarea = block.querySelector('textarea')!;
        textarea.value = 'Navbat uzun';
        textarea.dispatchEvent(new Event('input'));
        await element.updateComplete;
        block.querySelector('form')!.requestSubmit();
        await element.updateComplete;
        expect(submissions).to.have.length(1);
        expect(submissions[0]).to.deep.include({ useful: false, comment: 'Navbat uzun', service: 's' });
        await expect(root).to.be.accessible();
      });
    }
  }

  it('hides it again when the block is moved in the page, and never hides its own form', async () => {
    const root = await fixture<HTMLElement>(html`<div><qulay-feedback>${unsafeStatic(variants['wrapped fields'])}</qulay-feedback><section id="other"></section></div>`);
    const element = root.querySelector('qulay-feedback') as QulayFeedback;
    await element.updateComplete;
    root.querySelector('#other')!.append(element);
    await element.updateComplete;
    expect(element.querySelector<HTMLElement>('.block')!.checkVisibility()).to.equal(true);
    expect(element.querySelector<HTMLElement>('form[action="/api/feedback"]')!.checkVisibility()).to.equal(false);
    expect(element.innerText).to.not.contain('Agency');
  });
});
