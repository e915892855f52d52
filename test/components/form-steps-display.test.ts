// Code review of <qulay-form-steps>: what the error display leaves behind (radio groups marked
// twice, the page title), heading levels, when qulay-step-change fires, and a form-associated
// control's error as a screen reader gets it.
import { expect, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '@qulay/elements/define/qulay-rating.js';
import { cleanPageBetweenTests, mountSteps, submitButton, tick, visibleStep } from './form-steps-fixture.js';
import { captureWarnings, findAccessible, modes, setMode } from '../helpers.js';


/** Every id an `aria-describedby` in `root` names that is no element: a dead reference. */
const deadIds = (root: Element) =>
  [...root.querySelectorAll('[aria-describedby]')].flatMap((el) => el.getAttribute('aria-describedby')!.split(/\s+/).filter((id) => !document.getElementById(id)));

describe('<qulay-form-steps> display (code review)', () => {
  cleanPageBetweenTests();
  beforeEach(() => (document.title = 'Apply'));

  it('a radio group flagged by the kit and by the agency shows one error and leaves no dead ids behind', async () => {
    const { element, root } = await mountSteps(html`<qulay-form-steps><form>
      <qulay-form-step heading="Delivery">
        <p id="d-hint">We post it or you collect it.</p>
        <fieldset>
          <legend>How should we deliver it?</legend>
          <label><input id="d-post" type="radio" name="delivery" value="post" required aria-describedby="d-hint" /> By post</label>
          <label><input id="d-pickup" type="radio" name="delivery" value="pickup" aria-describedby="d-hint" /> Pick up</label>
        </fieldset>
      </qulay-form-step>
      <qulay-form-step heading="Done"><label for="d-note">Note</label><input id="d-note" name="note" /></qulay-form-step>
    </form></qulay-form-steps>`);
    const rule = (event: GlobalEventHandlersEventMap['qulay-validate']) => event.detail.setError(root.querySelector<HTMLElement>('#d-pickup')!, 'Choose how we deliver it.');
    element.addEventListener('qulay-validate', rule);
    submitButton(root).click();
    await tick();
    const messages = [...root.querySelectorAll('fieldset .qulay-error-message')].map((p) => p.textContent);
    expect(messages, 'one error per group').to.deep.equal(['Error: Choose how we deliver it.']);
    expect(root.querySelectorAll('[data-qulay-steps="summary"] li')).to.have.length(1);
    element.removeEventListener('qulay-validate', rule);
    root.querySelector<HTMLInputElement>('#d-pickup')!.checked = true;
    submitButton(root).click();
    await tick();
    expect(visibleStep(root)).to.equal(1);
    expect(deadIds(root)).to.deep.equal([]);
    expect(['#d-post', '#d-pickup'].map((id) => root.querySelector(id)!.getAttribute('aria-describedby'))).to.deep.equal(['d-hint', 'd-hint']);
  });

  it("keeps the agency's own title: only the kit's \"Error: \" comes and goes", async () => {
    const { element, root } = await mountSteps(html`<qulay-form-steps><form>
      <qulay-form-step heading="One"><label for="t-name">Name</label><input id="t-name" name="name" required /></qulay-form-step>
      <qulay-form-step heading="Two"><label for="t-city">City</label><input id="t-city" name="city" required /></qulay-form-step>
    </form></qulay-form-steps>`);
    element.addEventListener('qulay-step-change', (event) => (document.title = `Step ${event.detail.index + 1} – Apply`));
    document.title = 'Your name – Apply';
    submitButton(root).click();
    expect(document.title).to.equal('Error: Your name – Apply');
    document.title = 'Error: Your name, please – Apply';
    root.querySelector<HTMLInputElement>('#t-name')!.value = 'Aziza';
    submitButton(root).click();
    await tick();
    expect(visibleStep(root)).to.equal(1);
    expect(document.title, "the agency's title for step 2 stays").to.equal('Step 2 – Apply');
    submitButton(root).click();
    expect(document.title).to.equal('Error: Step 2 – Apply');
    element.show(0);
    expect(document.title).to.equal('Step 1 – Apply');
  });

  describe('heading-level', () => {
    const form = (level?: string) => html`<qulay-form-steps heading-level=${ifDefined(level)}><form>
      <qulay-form-step heading="One"><label for="h-name">Name</label><input id="h-name" name="name" required /></qulay-form-step>
    </form></qulay-form-steps>`;

    it('puts step headings, the error summary title and the confirmation at the level asked', async () => {
      const { element, root } = await mountSteps(form('3'));
      expect(element.headingLevel).to.equal(3);
      expect(root.querySelector('[data-qulay-steps="heading"]')!.localName).to.equal('h3');
      submitButton(root).click();
      expect(root.querySelector('[data-qulay-steps="summary"] :is(h2, h3, h4)')!.localName).to.equal('h3');
      expect((await findAccessible('heading', 'There is a problem'))!.states.level).to.equal(3);
      root.querySelector<HTMLInputElement>('#h-name')!.value = 'Aziza';
      element.addEventListener('qulay-submit', (event) => event.preventDefault());
      submitButton(root).click();
      element.complete();
      expect(root.querySelector('[data-qulay-steps="confirmation"] :is(h2, h3, h4)')!.localName).to.equal('h3');
      await expect(root).to.be.accessible();
    });

    it('changes the step headings when set later, and a bad value warns once and reads 2', async () => {
      const { element, root } = await mountSteps(form());
      expect(root.querySelector('[data-qulay-steps="heading"]')!.localName).to.equal('h2');
      element.headingLevel = 4;
      await element.updateComplete;
      expect(root.querySelector('[data-qulay-steps="heading"]')!.localName).to.equal('h4');
      const warnings = await captureWarnings(async () => {
        element.setAttribute('heading-level', '9');
        await element.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level');
      expect(root.querySelector('[data-qulay-steps="heading"]')!.localName).to.equal('h2');
    });
  });

  it('qulay-step-change fires only when the step changed: not for the next question, nor a mode change', async () => {
    const { element, root } = await mountSteps(html`<qulay-form-steps><form>
      <qulay-form-step heading="One">
        <label for="s-a">A</label><input id="s-a" name="a" />
        <label for="s-b">B</label><input id="s-b" name="b" />
      </qulay-form-step>
      <qulay-form-step heading="Two"><label for="s-c">C</label><input id="s-c" name="c" /></qulay-form-step>
    </form></qulay-form-steps>`);
    const changes: number[] = [];
    element.addEventListener('qulay-step-change', (event) => changes.push(event.detail.index));
    setMode(modes.simplified);
    await element.updateComplete;
    await tick();
    expect(changes, 'a mode change is no step change').to.deep.equal([]);
    submitButton(root).click();
    expect(element.question).to.equal(1);
    expect(changes, 'the next question is no step change').to.deep.equal([]);
    submitButton(root).click();
    expect(changes).to.deep.equal([1]);
    element.show(1);
    expect(changes, 'showing the step on screen again is no change').to.deep.equal([1]);
    root.querySelector<HTMLButtonElement>('[data-qulay-steps="nav"] button[type="button"]')!.click();
    expect(changes).to.deep.equal([1, 0]);
  });

  it("a form-associated control's error reaches its role: the rating's radiogroup is invalid and described", async () => {
    const { root } = await mountSteps(html`<qulay-form-steps><form>
      <qulay-form-step heading="Your visit"><qulay-rating id="r-rating" name="rating" label="How was your visit?" required></qulay-rating></qulay-form-step>
      <qulay-form-step heading="Done"><label for="r-note">Note</label><input id="r-note" name="note" /></qulay-form-step>
    </form></qulay-form-steps>`);
    submitButton(root).click();
    await tick();
    const group = (await findAccessible('radiogroup', 'How was your visit?'))!;
    expect(group.description).to.match(/^Error: ./);
    expect(group.states.invalid).to.equal('true');
    root.querySelector<HTMLElement>('#r-rating')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    submitButton(root).click();
    await tick();
    expect(visibleStep(root)).to.equal(1);
    root.querySelector<HTMLElement>('#r-rating')!.focus();
    (root.querySelector('qulay-form-steps') as HTMLElement & { show(i: number): void }).show(0);
    const after = (await findAccessible('radiogroup', 'How was your visit?'))!;
    expect(after.description, 'the error is gone with its message').to.equal('');
    expect(after.states.invalid ?? 'false').to.equal('false');
  });
});
