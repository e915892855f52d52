// A citizen walkthrough, third round: Continue after a review's Change link returns to the
// review in the simplified layout too, and a reload in the simplified layout reopens the
// question the citizen was on (never marking a step completed).
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QulayFormSteps } from '@qulay/elements';
import { cleanPageBetweenTests, mountSteps, tick, visibleStep } from './form-steps-fixture.js';
import { modes, setLanguage, setMode } from '../helpers.js';


const form = (draftKey = '') => html`<qulay-form-steps draft-key=${draftKey}><form>
  <qulay-form-step heading="About you">
    <p><label for="r-name">Full name</label><input id="r-name" name="name" required /></p>
    <p><label for="r-pinfl">PINFL</label><input id="r-pinfl" name="pinfl" required /></p>
  </qulay-form-step>
  <qulay-form-step heading="Contact">
    <p><label for="r-phone">Phone</label><input id="r-phone" name="phone" required /></p>
    <p><label for="r-email">Email</label><input id="r-email" name="email" type="email" /></p>
    <p><label for="r-city">City</label><input id="r-city" name="city" /></p>
  </qulay-form-step>
  <qulay-form-step heading="Check your answers" review></qulay-form-step>
</form></qulay-form-steps>`;

const shownFields = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('input')].filter((i) => i.checkVisibility()).map((i) => i.id);
const states = (root: HTMLElement) => [...root.querySelectorAll('[data-qulay-steps="progress"] li .state')].map((s) => s.textContent!.replace(/[()]/g, ''));

/** Types into a field with the keyboard, then presses Enter there: Continue. */
async function answer(root: HTMLElement, id: string, text: string) {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await tick();
}

async function toReview(root: HTMLElement, element: QulayFormSteps, simplified: boolean) {
  if (simplified) {
    await answer(root, 'r-name', 'Aziza');
    await answer(root, 'r-pinfl', '12345678901234');
    await answer(root, 'r-phone', '+998901234567');
    await answer(root, 'r-email', 'aziza@example.uz');
    await answer(root, 'r-city', 'Nukus');
  } else {
    root.querySelector<HTMLInputElement>('#r-name')!.value = 'Aziza';
    await answer(root, 'r-pinfl', '12345678901234');
    root.querySelector<HTMLInputElement>('#r-phone')!.value = '+998901234567';
    await answer(root, 'r-city', 'Nukus');
  }
  expect(element.index, 'on the review').to.equal(2);
}

describe('<qulay-form-steps> resuming: Change links and reloads', () => {
  cleanPageBetweenTests();

  for (const mode of ['default', 'simplified']) {
    it(`${mode}: Continue after a Change link returns to the review, once the question on screen is valid`, async () => {
      await setLanguage('en');
      setMode(modes[mode]);
      const { root, element } = await mountSteps(form());
      await toReview(root, element, mode === 'simplified');
      const change = [...root.querySelectorAll<HTMLAnchorElement>('[data-qulay-steps="review"] a')].find((a) => a.textContent!.replace(/\s+/g, ' ').trim() === 'Change Full name')!;
      change.focus();
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(element.index).to.equal(0);
      expect(document.activeElement!.id).to.equal('r-name');
      if (mode === 'simplified') expect(shownFields(root)).to.deep.equal(['r-name']);
      // Emptied: Continue still checks the question on screen and stays.
      root.querySelector<HTMLInputElement>('#r-name')!.select();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(element.index, 'an empty name is not accepted').to.equal(0);
      expect(root.querySelector('[data-qulay-steps="summary"]')!.textContent).to.contain('Full name');
      await answer(root, 'r-name', 'Aziza Karimova');
      expect(element.index, 'straight back to the review').to.equal(2);
      expect(visibleStep(root)).to.equal(2);
      expect(root.querySelector('[data-qulay-steps="review"]')!.textContent).to.contain('Aziza Karimova');
      expect(states(root)).to.deep.equal(['completed', 'completed', 'current']);
      // The return was once: Continue on step 1 now goes on as usual.
      element.show(0);
      await answer(root, 'r-name', 'Aziza');
      expect(element.index).to.equal(mode === 'simplified' ? 0 : 1);
      if (mode === 'simplified') expect(shownFields(root)).to.deep.equal(['r-pinfl']);
    });
  }

  it('simplified: a reload reopens the question the citizen was on, marking no step completed', async () => {
    setMode(modes.simplified);
    let { root, element } = await mountSteps(form('resume'));
    await answer(root, 'r-name', 'Aziza');
    await answer(root, 'r-pinfl', '12345678901234');
    await answer(root, 'r-phone', '+998901234567');
    expect([element.index, element.question]).to.deep.equal([1, 1]);
    root.querySelector<HTMLInputElement>('#r-email')!.focus();
    await sendKeys({ type: 'aziza@example.uz' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(sessionStorage.getItem('qulay:draft:resume')!)).to.include({ step: 1, question: 1 });
    // The reload: the same URL (#step-2) and the draft, in a new page.
    root.remove();
    ({ root, element } = await mountSteps(form('resume')));
    expect([element.index, element.question]).to.deep.equal([1, 1]);
    expect(shownFields(root)).to.deep.equal(['r-email']);
    expect(root.querySelector<HTMLInputElement>('#r-email')!.value).to.equal('aziza@example.uz');
    expect(root.querySelector('[data-qulay-steps="notice"]')!.textContent!.trim()).to.equal('We restored what you entered.');
    expect(states(root), 'a draft marks nothing completed').to.deep.equal(['not completed', 'current', 'not completed']);
    // Back goes to the question before, as if the citizen had never left.
    [...root.querySelectorAll<HTMLButtonElement>('[data-qulay-steps="nav"] button')].find((b) => b.textContent!.trim() === 'Back')!.click();
    expect(shownFields(root)).to.deep.equal(['r-phone']);
  });

  it('simplified: an old draft without a question, or one out of range, opens a question of the step', async () => {
    setMode(modes.simplified);
    sessionStorage.setItem('qulay:draft:old', JSON.stringify({ v: 1, step: 1, values: { phone: '+998901234567' } }));
    let { root, element } = await mountSteps(form('old'));
    expect([element.index, element.question], 'a missing question is the first').to.deep.equal([1, 0]);
    expect(shownFields(root)).to.deep.equal(['r-phone']);
    root.remove();
    for (const [question, expected] of [[9, 2], [-3, 0], ['1', 0], [1.5, 0]] as const) {
      sessionStorage.setItem('qulay:draft:old', JSON.stringify({ v: 1, step: 1, question, values: { phone: '+998901234567' } }));
      ({ root, element } = await mountSteps(form('old')));
      expect([element.index, element.question], `question ${JSON.stringify(question)}`).to.deep.equal([1, expected]);
      expect(shownFields(root)).to.have.length(1);
      root.remove();
    }
  });

  it('default layout: a draft question is kept but the whole step shows', async () => {
    sessionStorage.setItem('qulay:draft:flat', JSON.stringify({ v: 1, step: 1, question: 2, values: { phone: '+998901234567' } }));
    const { root, element } = await mountSteps(form('flat'));
    expect([element.index, element.question]).to.deep.equal([1, 0]);
    expect(shownFields(root)).to.deep.equal(['r-phone', 'r-email', 'r-city']);
  });
});
