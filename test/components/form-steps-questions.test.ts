// Issue 12: "one question per page" in the simplified layout, on the ways agencies write
// markup. A question is a field with its labels, hint, error and fieldset, wherever they sit;
// in every other mode the whole step shows.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '@qulay/elements/define/qulay-form-steps.js';
import '@qulay/elements/define/qulay-rating.js';
import { mountSteps, submitButton, tick } from './form-steps-fixture.js';
import { modes, resetPage, setMode } from '../helpers.js';

interface Variant {
  markup: TemplateResult;
  /** Per question, the ids of everything shown with it. */
  questions: string[][];
}

const pixel = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

const variants: Record<string, Variant> = {
  'wrapped (a div per question)': {
    markup: html`<div><label id="w-name-label" for="w-name">Full name</label><input id="w-name" name="name" required /></div>
      <div>
        <label id="w-pinfl-label" for="w-pinfl">PINFL</label><span class="hint" id="w-pinfl-hint">14 digits</span>
        <input id="w-pinfl" name="pinfl" aria-describedby="w-pinfl-hint" required />
      </div>`,
    questions: [
      ['w-name-label', 'w-name'],
      ['w-pinfl-label', 'w-pinfl-hint', 'w-pinfl'],
    ],
  },
  'flat siblings (label, hint, input, label, input)': {
    markup: html`<label id="f-name-label" for="f-name">Full name</label>
      <span class="hint" id="f-name-hint">As in your passport</span>
      <input id="f-name" name="name" required />
      <label id="f-phone-label" for="f-phone">Phone</label>
      <input id="f-phone" name="phone" type="tel" required />`,
    questions: [
      ['f-name-label', 'f-name-hint', 'f-name'],
      ['f-phone-label', 'f-phone'],
    ],
  },
  'fieldset with legend and radios, a textarea and a rating': {
    markup: html`<fieldset id="r-group">
        <legend id="r-legend">How should we deliver it?</legend>
        <input type="radio" id="r-e" name="delivery" value="electronic" required /><label id="r-e-label" for="r-e">Electronically</label>
        <input type="radio" id="r-p" name="delivery" value="pickup" /><label id="r-p-label" for="r-p">Pick up</label>
      </fieldset>
      <label id="r-note-label" for="r-note">Anything else?</label>
      <textarea id="r-note" name="note" required></textarea>
      <qulay-rating id="r-rating" name="rating" label="How easy was this?" required></qulay-rating>`,
    questions: [['r-group', 'r-legend', 'r-e', 'r-e-label', 'r-p', 'r-p-label'], ['r-note-label', 'r-note'], ['r-rating']],
  },
  'hint after the input (flat, no aria-describedby)': {
    markup: html`<label id="a-name-label" for="a-name">Full name</label><input id="a-name" name="name" required />
      <p data-qulay-hint id="a-name-hint">As in your passport</p>
      <label id="a-city-label" for="a-city">City</label><input id="a-city" name="city" required />
      <p class="hint" id="a-city-hint">Or district</p>`,
    questions: [
      ['a-name-label', 'a-name', 'a-name-hint'],
      ['a-city-label', 'a-city', 'a-city-hint'],
    ],
  },
  'hint before the label, aria-describedby already there': {
    markup: html`<span class="hint" id="d-name-hint">As in your passport</span>
      <label id="d-name-label" for="d-name">Full name</label>
      <input id="d-name" name="name" aria-describedby="d-name-hint" required />
      <span class="hint" id="d-pinfl-hint">14 digits</span>
      <label id="d-pinfl-label" for="d-pinfl">PINFL</label>
      <input id="d-pinfl" name="pinfl" required />`,
    questions: [
      ['d-name-hint', 'd-name-label', 'd-name'],
      ['d-pinfl-hint', 'd-pinfl-label', 'd-pinfl'],
    ],
  },
  'wrapping labels with paragraphs and an image between': {
    markup: html`<p id="x-intro">We need two things from you.</p>
      <label id="x-name-label">Full name <input id="x-name" name="name" required /></label>
      <img id="x-img" alt="Page 2 of a passport" src=${pixel} width="40" height="20" />
      <p id="x-note">Your PINFL is on page 2.</p>
      <br />
      <label id="x-pinfl-label">PINFL <input id="x-pinfl" name="pinfl" required /></label>`,
    questions: [
      ['x-intro', 'x-name-label', 'x-name'],
      ['x-img', 'x-note', 'x-pinfl-label', 'x-pinfl'],
    ],
  },
};

const render = (variant: Variant) =>
  mountSteps(html`<qulay-form-steps>
    <form>
      <qulay-form-step heading="About you">${variant.markup}</qulay-form-step>
      <qulay-form-step heading="Done"><label for="next-field">Next</label><input id="next-field" name="next" /></qulay-form-step>
    </form>
  </qulay-form-steps>`);

const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
const visible = (root: HTMLElement, ids: string[]) => ids.filter((id) => byId(root, id).checkVisibility());

/** Answers a question as a person would: a radio by click, a rating by key, text by typing. */
async function answer(root: HTMLElement, ids: string[]) {
  for (const id of ids) {
    const el = byId(root, id);
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (!root.querySelector(`input[name="${el.name}"]:checked`)) el.click();
    } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.focus();
      await sendKeys({ type: 'Aziza' });
    } else if (el.localName === 'qulay-rating') {
      el.focus();
      await sendKeys({ press: '4' });
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
  }
}

describe('<qulay-form-steps> questions in every markup and mode (issue 12)', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await resetPage();
  });

  for (const [name, variant] of Object.entries(variants)) {
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`${name}, ${mode} mode`, async () => {
        setMode(attributes);
        const { root, element } = await render(variant);
        const all = variant.questions.flat();
        if (mode !== 'simplified') {
          expect(visible(root, all), 'the whole step').to.deep.equal(all);
          await expect(root).to.be.accessible();
          for (const question of variant.questions) await answer(root, question);
          submitButton(root).click();
          await tick();
          expect(element.index).to.equal(1);
          return;
        }
        // Continue with nothing answered: the error shows with the first question only.
        submitButton(root).click();
        await tick();
        expect(element.question).to.equal(0);
        const error = root.querySelector<HTMLElement>('.qulay-error-message')!;
        expect(error.checkVisibility(), 'the error of the question on screen').to.equal(true);
        for (const [i, question] of variant.questions.entries()) {
          expect(element.question, `question ${i + 1}`).to.equal(i);
          expect(visible(root, question), `question ${i + 1} whole: label, hint, field`).to.deep.equal(question);
          const others = all.filter((id) => !question.includes(id));
          expect(visible(root, others), `only question ${i + 1}`).to.deep.equal([]);
          if (i === 0) await expect(root).to.be.accessible();
          await answer(root, question);
          submitButton(root).click();
          await tick();
        }
        expect(element.index, 'the next step after the last question').to.equal(1);
        root.querySelector<HTMLButtonElement>('[data-qulay-steps="nav"] button[type="button"]')!.click();
        expect(element.index).to.equal(0);
        setMode({});
        await tick();
        await element.updateComplete;
        expect(visible(root, all), 'the whole step once the mode is off').to.deep.equal(all);
      });
    }
  }

  it("page CSS cannot show a hidden question, and the agency's own hidden content stays hidden", async () => {
    const style = document.createElement('style');
    style.textContent = '[hidden] { display: block !important; } label, input, div { display: block !important; }';
    document.head.append(style);
    try {
      setMode({ 'data-qulay-simplified': 'on' });
      const { root, element } = await render({
        markup: html`${variants['wrapped (a div per question)'].markup}<p id="agency-hidden" hidden>Only for staff</p>`,
        questions: [],
      });
      expect(visible(root, ['w-name', 'w-name-label'])).to.deep.equal(['w-name', 'w-name-label']);
      expect(visible(root, ['w-pinfl', 'w-pinfl-label'])).to.deep.equal([]);
      setMode({});
      await tick();
      await element.updateComplete;
      expect(visible(root, ['w-pinfl', 'w-pinfl-label'])).to.deep.equal(['w-pinfl', 'w-pinfl-label']);
      expect(byId(root, 'agency-hidden').hidden, "the agency's hidden paragraph is left hidden").to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('a server error on a later question of the step shows that question, with its error', async () => {
    setMode({ 'data-qulay-simplified': 'on' });
    const { root, element } = await render(variants['flat siblings (label, hint, input, label, input)']);
    element.setErrors({ phone: 'This number is not in service.' });
    await tick();
    expect(element.question).to.equal(1);
    expect(visible(root, ['f-phone', 'f-phone-label', 'f-name'])).to.deep.equal(['f-phone', 'f-phone-label']);
    expect(byId(root, 'f-phone-error').checkVisibility()).to.equal(true);
  });
});
