// An outside walkthrough of <qulay-form-steps>: a new agency developer's own page, driven by
// keyboard and read through the accessibility tree. Page CSS that hides links, a live language
// change, Back and Clear while sending, the agency's plain fields in extra-large text, Back in
// the simplified layout, and a change made just before a reload.
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { announcements } from '@qulay/core';
import '@qulay/elements/define/qulay-rating.js';
import { cleanPageBetweenTests, mountSteps, submitButton, tick, visibleStep } from './form-steps-fixture.js';
import { languages, modes, setLanguage, setMode } from '../helpers.js';


const form = (draftKey?: string) => html`<qulay-form-steps draft-key=${draftKey ?? ''}><form>
  <qulay-form-step heading="About you">
    <p><label for="w-name">Full name</label><input id="w-name" name="name" required /></p>
    <p><label for="w-pinfl">PINFL</label><input id="w-pinfl" name="pinfl" required /></p>
  </qulay-form-step>
  <qulay-form-step heading="Contact">
    <p><label for="w-phone">Phone</label><input id="w-phone" name="phone" required /></p>
    <p><label for="w-city">City</label><input id="w-city" name="city" /></p>
  </qulay-form-step>
  <qulay-form-step heading="Delivery">
    <fieldset>
      <legend>How should we deliver it?</legend>
      <label><input type="radio" name="delivery" value="post" required /> By post</label>
      <label><input type="radio" name="delivery" value="pickup" /> Pick up</label>
    </fieldset>
    <p><label for="w-note">Note</label><textarea id="w-note" name="note"></textarea></p>
    <p><label for="w-office">Office</label><select id="w-office" name="office"><option>Nukus</option></select></p>
  </qulay-form-step>
  <qulay-form-step heading="Check your answers" review></qulay-form-step>
</form></qulay-form-steps>`;

const navButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('[data-qulay-steps="nav"] button')];
const byText = (root: HTMLElement, text: string) => navButtons(root).find((b) => b.textContent!.trim() === text)!;

async function fillIn(root: HTMLElement, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) root.querySelector<HTMLInputElement>(`#${id}`)!.value = value;
}

/** Takes the citizen to the review step, every answer given. */
async function toReview(root: HTMLElement) {
  await fillIn(root, { 'w-name': 'Aziza', 'w-pinfl': '12345678901234' });
  submitButton(root).click();
  await fillIn(root, { 'w-phone': '+998 90 123 45 67' });
  submitButton(root).click();
  root.querySelector<HTMLInputElement>('input[value="post"]')!.checked = true;
  submitButton(root).click();
  await tick();
}

/** A page stylesheet, as the agency's own CSS would be. */
function pageStyle(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}

describe('<qulay-form-steps> outside walkthrough', () => {
  cleanPageBetweenTests();

  for (const rule of ['a { display: none }', 'a { display: none !important }', 'button, a { display: none !important }']) {
    it(`page CSS "${rule}" hides none of the kit's links and buttons`, async () => {
      const remove = pageStyle(rule);
      try {
        const { root } = await mountSteps(form());
        submitButton(root).click();
        await tick();
        const links = [...root.querySelectorAll<HTMLElement>('[data-qulay-steps="summary"] a')];
        expect(links, 'two summary links').to.have.length(2);
        for (const link of links) expect(link.checkVisibility(), `${link.textContent} is shown`).to.equal(true);
        for (const button of navButtons(root)) expect(button.checkVisibility(), `${button.textContent} is shown`).to.equal(true);
        await toReview(root);
        const change = [...root.querySelectorAll<HTMLElement>('[data-qulay-steps="review"] a')];
        expect(change.length).to.be.greaterThan(0);
        for (const link of change) expect(link.checkVisibility(), 'a Change link is shown').to.equal(true);
      } finally {
        remove();
      }
    });
  }

  for (const lang of languages) {
    it(`a live switch to ${lang} relabels the progress, headings, buttons, summary and messages at once, focus staying`, async () => {
      const from = lang === 'en' ? 'ru' : 'en';
      const chrome = (root: HTMLElement) => ({
        progress: root.querySelector('[data-qulay-steps="progress"]')!.textContent!.replace(/\s+/g, ' ').trim(),
        heading: root.querySelector('[data-qulay-steps="heading"]')!.textContent!.trim(),
        nav: navButtons(root).map((b) => b.textContent!.trim()),
        summary: root.querySelector('[data-qulay-steps="summary"] :is(h2, h3)')!.textContent!.trim(),
        links: [...root.querySelectorAll('[data-qulay-steps="summary"] a')].map((link) => link.textContent!.trim()),
        messages: [...root.querySelectorAll('.qulay-error-message')].map((p) => p.textContent!.trim()),
        title: document.title.slice(0, document.title.indexOf('Apply')),
      });
      // What a page loaded in `lang` shows: the reference.
      await setLanguage(lang);
      document.title = 'Apply';
      const fresh = await mountSteps(form('live'));
      submitButton(fresh.root).click();
      await tick();
      const expected = chrome(fresh.root);
      fresh.root.remove();
      sessionStorage.clear();

      await setLanguage(from);
      document.title = 'Apply';
      const { root, element } = await mountSteps(form('live'));
      submitButton(root).click();
      await tick();
      const before = chrome(root);
      const continueButton = submitButton(root);
      continueButton.focus();
      const said = announcements().polite;
      await setLanguage(lang);
      await element.updateComplete;
      expect(chrome(root)).to.deep.equal(expected);
      expect(chrome(root)).to.not.deep.equal(before);
      expect(document.activeElement, 'focus stays on the same button').to.equal(continueButton);
      expect(announcements().polite, 'nothing announced').to.equal(said);
    });
  }

  it("a live language change rewrites the kit's failure message, not the agency's own", async () => {
    await setLanguage('ru');
    const { root, element } = await mountSteps(form());
    await toReview(root);
    element.addEventListener('qulay-submit', (event) => event.preventDefault());
    submitButton(root).click();
    element.fail();
    const general = () => root.querySelector('[data-qulay-steps="summary"] p')!.textContent;
    const russian = general();
    await setLanguage('en');
    await element.updateComplete;
    expect(general()).to.equal('Your application could not be sent. Everything you entered is kept. Try again.');
    expect(russian).to.not.equal(general());
    submitButton(root).click();
    element.fail('Closed until 14:00.');
    await setLanguage('ru');
    await element.updateComplete;
    expect(general()).to.equal('Closed until 14:00.');
  });

  it('a live language change relabels the review and the confirmation too', async () => {
    const { root, element } = await mountSteps(form());
    await toReview(root);
    await setLanguage('ru');
    await element.updateComplete;
    const change = root.querySelector('[data-qulay-steps="review"] a')!.textContent!;
    expect(change).to.not.contain('Change');
    element.addEventListener('qulay-submit', (event) => event.preventDefault());
    submitButton(root).click();
    element.complete({ reference: 'A-1' });
    const heading = root.querySelector('[data-qulay-steps="confirmation"] h2')!;
    const russian = heading.textContent;
    await setLanguage('en');
    await element.updateComplete;
    expect(heading.isConnected, 'drawn again in place').to.equal(true);
    expect(root.querySelector('[data-qulay-steps="confirmation"] h2')!.textContent).to.equal('Application sent');
    expect(russian).to.not.equal('Application sent');
  });

  it('while sending, Back and Clear form are aria-disabled and do nothing; the browser Back does not move either', async () => {
    const { root, element, form: theForm } = await mountSteps(form('busy'));
    await toReview(root);
    element.addEventListener('qulay-submit', (event) => event.preventDefault());
    submitButton(root).click();
    expect(element.busy).to.equal(true);
    const originalConfirm = window.confirm;
    window.confirm = () => true;
    try {
      const back = byText(root, 'Back');
      const clear = byText(root, 'Clear form');
      expect(back.getAttribute('aria-disabled')).to.equal('true');
      expect(clear.getAttribute('aria-disabled')).to.equal('true');
      back.click();
      clear.click();
      element.back();
      element.clearForm();
      element.show(0);
      root.querySelector<HTMLElement>('[data-qulay-steps="review"] a')!.click(); // Change "Full name"
      await tick();
      expect(visibleStep(root), 'still on the review').to.equal(3);
      expect(root.querySelector<HTMLInputElement>('#w-name')!.value, 'nothing emptied').to.equal('Aziza');
      expect(new FormData(theForm).get('delivery')).to.equal('post');
      // The browser Back is no trap: the step stays on screen, but each press goes one entry back.
      const entries = history.length;
      const navigation = (window as unknown as { navigation: { currentEntry: { index: number } } }).navigation;
      const at = navigation.currentEntry.index;
      for (const press of [1, 2]) {
        history.back();
        await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        await tick();
        expect(visibleStep(root), 'the browser Back does not move it').to.equal(3);
        expect(location.hash).to.equal('#step-4');
        expect(navigation.currentEntry.index, `Back ${press} left an entry`).to.equal(at - press);
      }
      expect(history.length, 'no entry added').to.equal(entries);
      // The Change link pressed while sending did nothing: after a failure, Continue on step 1 goes to step 2, not back to the review.
      element.fail();
      element.show(0);
      submitButton(root).click();
      expect(element.index).to.equal(1);
      element.show(3);
      submitButton(root).click();
      element.complete();
      expect(root.querySelector('[data-qulay-steps="confirmation"]')).to.exist;
    } finally {
      window.confirm = originalConfirm;
    }
  });

  it("x-large text at 320 px: the agency's plain fields grow with their labels and keep their target sizes", async () => {
    await setViewport({ width: 320, height: 800 });
    setMode(modes['x-large text']);
    try {
      const { root, element } = await mountSteps(form());
      const label = parseFloat(getComputedStyle(root.querySelector('label')!).fontSize);
      const name = root.querySelector<HTMLInputElement>('#w-name')!;
      expect(parseFloat(getComputedStyle(name).fontSize), 'the input as large as its label').to.equal(label);
      const box = name.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.right, 'inside the 320 px page').to.be.at.most(320);
      element.show(2);
      await tick();
      for (const field of root.querySelectorAll<HTMLElement>('#w-note, #w-office')) {
        const { width, height } = field.getBoundingClientRect();
        expect(Math.min(width, height), `${field.id} 44 × 44`).to.be.at.least(44);
        expect(parseFloat(getComputedStyle(field).fontSize)).to.equal(label);
      }
      for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        const { width, height } = radio.getBoundingClientRect();
        expect(Math.min(width, height), 'a radio of at least 24 × 24').to.be.at.least(24);
        expect(radio.closest('label')!.getBoundingClientRect().height, 'its label a 44 px target').to.be.at.least(44);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("an agency's own field style still wins over the kit's defaults", async () => {
    const remove = pageStyle('input { font-size: 12px; min-height: 0 }');
    try {
      setMode(modes['x-large text']);
      const { root } = await mountSteps(form());
      expect(getComputedStyle(root.querySelector('#w-name')!).fontSize).to.equal('12px');
    } finally {
      remove();
    }
  });

  it('simplified: Back from the first question of a step goes to the last question of the step before', async () => {
    setMode(modes.simplified);
    const { root, element } = await mountSteps(form());
    const visible = () => [...root.querySelectorAll<HTMLElement>('input, textarea, select')].filter((i) => i.checkVisibility()).map((i) => i.id || i.getAttribute('value'));
    await fillIn(root, { 'w-name': 'Aziza', 'w-pinfl': '12345678901234' });
    submitButton(root).click();
    submitButton(root).click();
    await tick();
    expect(element.index).to.equal(1);
    expect(visible()).to.deep.equal(['w-phone']);
    byText(root, 'Back').click();
    expect(element.index).to.equal(0);
    expect(element.question).to.equal(1);
    expect(visible()).to.deep.equal(['w-pinfl']);
    byText(root, 'Back').click();
    expect(visible()).to.deep.equal(['w-name']);
  });

  it('a change typed just before the page is hidden or closed is in the draft', async () => {
    const { root } = await mountSteps(form('reload'));
    const name = root.querySelector<HTMLInputElement>('#w-name')!;
    // Typed and hidden in one task: only the flush can have saved it, the 300 ms debounce is still waiting.
    name.value = 'Aziza';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(sessionStorage.getItem('qulay:draft:reload')!).values.name).to.equal('Aziza');
    name.value = 'Aziza K';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    expect(JSON.parse(sessionStorage.getItem('qulay:draft:reload')!).values.name).to.equal('Aziza K');
  });

  it('a removed form steps element no longer listens for pagehide', async () => {
    const { root, element } = await mountSteps(form('gone'));
    root.querySelector<HTMLInputElement>('#w-name')!.focus();
    await sendKeys({ type: 'Aziza' });
    element.remove();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(sessionStorage.getItem('qulay:draft:gone')).to.equal(null);
  });

  it('keyboard as documented: Enter on a rating star chooses it and stays; Enter in a text field submits the step', async () => {
    const { root, element } = await mountSteps(html`<qulay-form-steps><form>
      <qulay-form-step heading="Visit">
        <qulay-rating name="score" label="How was the service?" required></qulay-rating>
        <p><label for="k-name">Full name</label><input id="k-name" name="name" /></p>
      </qulay-form-step>
      <qulay-form-step heading="Done"><p><label for="k-note">Note</label><input id="k-note" name="note" /></p></qulay-form-step>
    </form></qulay-form-steps>`);
    const rating = root.querySelector('qulay-rating') as HTMLElement & { value: number };
    rating.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await tick();
    expect(rating.value).to.equal(2);
    expect(element.index, 'Enter on a star does not submit the step').to.equal(0);
    root.querySelector<HTMLInputElement>('#k-name')!.focus();
    await sendKeys({ press: 'Enter' });
    await tick();
    expect(element.index, 'Enter in a text field does').to.equal(1);
  });
});
