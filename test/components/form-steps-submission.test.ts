// Issue 12: an application is sent once, complete and checked; spaces are judged as a person
// means them; server errors reach every step; form-associated controls are fields.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { announcements } from '@qulay/core';
import '@qulay/elements/define/qulay-form-steps.js';
import '@qulay/elements/define/qulay-rating.js';
import type { QulayFormSteps } from '@qulay/elements';
import { cleanPageBetweenTests, mountSteps, stayOnPage, submitButton, tick, visibleStep } from './form-steps-fixture.js';
import { captureWarnings, findAccessible, languages, setLanguage } from '../helpers.js';

/** A tiny form-associated control as an agency could write one: ElementInternals, `required`, `value`. */
class TestPicker extends HTMLElement {
  static formAssociated = true;
  private readonly internals = this.attachInternals();
  private current = '';
  connectedCallback() {
    this.tabIndex = 0;
    this.setAttribute('role', 'textbox');
    this.sync();
  }
  get value() {
    return this.current;
  }
  set value(value: string) {
    this.current = String(value ?? '');
    this.sync();
  }
  get validity() {
    return this.internals.validity;
  }
  get validationMessage() {
    return this.internals.validationMessage;
  }
  private sync() {
    this.internals.setFormValue(this.current || null);
    if (this.hasAttribute('required') && !this.current) this.internals.setValidity({ valueMissing: true }, 'Pick a date.');
    else this.internals.setValidity({});
    this.textContent = this.current || '—';
  }
}
customElements.define('test-picker', TestPicker);

const application = html`<qulay-form-steps>
  <form action="/apply" method="post">
    <qulay-form-step heading="About you">
      <label for="name">Full name</label>
      <input id="name" name="name" required autocomplete="name" />
      <label for="pinfl">PINFL</label>
      <p id="pinfl-hint">14 digits</p>
      <input id="pinfl" name="pinfl" required pattern="[0-9]{14}" inputmode="numeric" aria-describedby="pinfl-hint" data-qulay-error-pattern="Enter 14 digits." />
    </qulay-form-step>
    <qulay-form-step heading="Contact details">
      <label for="phone">Phone</label>
      <input id="phone" name="phone" type="tel" required />
    </qulay-form-step>
    <qulay-form-step heading="Check your answers" review></qulay-form-step>
    <button type="submit">Send</button>
  </form>
</qulay-form-steps>`;

const steps = (template = application) => mountSteps(template);
const couldNotSend = 'Your application could not be sent. Everything you entered is kept. Try again.';
const summaryText = (root: HTMLElement) => root.querySelector('[data-qulay-steps="summary"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const summaryLinks = (root: HTMLElement) => [...root.querySelectorAll('[data-qulay-steps="summary"] a')].map((a) => a.textContent);
const states = (root: HTMLElement) => [...root.querySelectorAll('[data-qulay-steps="progress"] li .state')].map((s) => s.textContent!.replace(/[()]/g, ''));

async function type(root: HTMLElement, id: string, text: string) {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  input.select?.();
  await sendKeys({ type: text });
}

/** A native submission would leave the test page: it is stopped after the kit has decided. */

describe('<qulay-form-steps> submission (issue 12)', () => {
  cleanPageBetweenTests();
  beforeEach(() => (document.title = 'Apply'));

  describe('sent once, complete and checked', () => {
    it('after complete({ reference }) the form is replaced by a focused, announced confirmation and nothing can be sent twice', async () => {
      const { element, root, form } = await steps();
      let sent = 0;
      element.addEventListener('qulay-submit', (event) => {
        sent++;
        event.preventDefault();
      });
      await type(root, 'name', 'Aziza Karimova');
      await type(root, 'pinfl', '12345678901234');
      await sendKeys({ press: 'Enter' });
      await type(root, 'phone', '+998901234567');
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(visibleStep(root)).to.equal(2);
      submitButton(root).focus();
      await sendKeys({ press: 'Enter' });
      expect(sent).to.equal(1);
      element.complete({ reference: 'QR-2026-000123' });
      const panel = root.querySelector<HTMLElement>('[data-qulay-steps="confirmation"]')!;
      expect(panel, 'a confirmation panel').to.exist;
      expect(panel.checkVisibility()).to.equal(true);
      expect(document.activeElement).to.equal(panel.querySelector('h2'));
      expect(await findAccessible('heading', 'Application sent')).to.exist;
      expect(panel.textContent!.replace(/\s+/g, ' ')).to.contain('Your reference number').and.to.contain('QR-2026-000123');
      await tick(150);
      expect(announcements().polite).to.equal('Application sent. Your reference number: QR-2026-000123');
      expect(form.checkVisibility(), 'the form is gone').to.equal(false);
      expect([...root.querySelectorAll('button')].filter((b) => b.checkVisibility()), 'nothing left to press').to.have.length(0);
      form.requestSubmit();
      await sendKeys({ press: 'Enter' });
      expect(sent, 'a second submission is impossible').to.equal(1);
      expect(element.completed).to.equal(true);
      await expect(root).to.be.accessible();
    });

    it('a native submission is sent once; typing afterwards arms no draft, until the page returns from the back/forward cache', async () => {
      // The form posts into a frame, so the test page stays while the "slow POST" is under way.
      const { element, root } = await steps(html`<qulay-form-steps draft-key="native"><form action="about:blank" target="native-sink">
        <qulay-form-step heading="One"><label for="n-name">Name</label><input id="n-name" name="name" /></qulay-form-step>
      </form></qulay-form-steps><iframe name="native-sink" title="sink"></iframe>`);
      let left = 0;
      const count = (event: Event) => event.defaultPrevented || left++;
      window.removeEventListener('submit', stayOnPage);
      window.addEventListener('submit', count);
      try {
        const name = root.querySelector<HTMLInputElement>('#n-name')!;
        name.value = 'Aziza';
        name.dispatchEvent(new Event('input', { bubbles: true }));
        submitButton(root).click();
        submitButton(root).click();
        await tick(50);
        submitButton(root).click();
        expect(left, 'one submission leaves the page').to.equal(1);
        expect(sessionStorage.getItem('qulay:draft:native')).to.equal(null);
        name.value = 'Aziza K';
        name.dispatchEvent(new Event('input', { bubbles: true }));
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
        element.saveDraft();
        expect(sessionStorage.getItem('qulay:draft:native'), 'nothing to restore and send again').to.equal(null);
        // Back from the next page: the page is the same one, and the citizen may send again.
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        name.dispatchEvent(new Event('input', { bubbles: true }));
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
        expect(JSON.parse(sessionStorage.getItem('qulay:draft:native')!).values.name).to.equal('Aziza K');
        submitButton(root).click();
        expect(left).to.equal(2);
      } finally {
        window.removeEventListener('submit', count);
        window.addEventListener('submit', stayOnPage);
      }
    });

    it('a native submission stopped by a later listener of the page does not block the next one', async () => {
      const { root } = await steps(html`<qulay-form-steps><form action="about:blank" target="native-sink2">
        <qulay-form-step heading="One"><label for="m-name">Name</label><input id="m-name" name="name" /></qulay-form-step>
      </form></qulay-form-steps><iframe name="native-sink2" title="sink"></iframe>`);
      let left = 0;
      const count = (event: Event) => event.defaultPrevented || left++;
      window.addEventListener('submit', count);
      try {
        submitButton(root).click(); // stayOnPage stops it, as an agency script might
        await tick(50);
        window.removeEventListener('submit', stayOnPage);
        submitButton(root).click();
        expect(left).to.equal(1);
      } finally {
        window.removeEventListener('submit', count);
        window.addEventListener('submit', stayOnPage);
      }
    });

    it('complete() with no reference still ends the form, and forgets the draft', async () => {
      sessionStorage.setItem('qulay:draft:done', JSON.stringify({ v: 1, step: 0, values: { name: 'Aziza' } }));
      const { element, root, form } = await steps(html`<qulay-form-steps draft-key="done"><form>
        <qulay-form-step heading="One"><label for="c-name">Name</label><input id="c-name" name="name" /></qulay-form-step>
      </form></qulay-form-steps>`);
      element.addEventListener('qulay-submit', (event) => event.preventDefault());
      submitButton(root).click();
      expect(element.busy).to.equal(true);
      element.complete();
      expect(element.busy).to.equal(false);
      expect(root.querySelector('[data-qulay-steps="confirmation"] h2')!.textContent).to.equal('Application sent');
      expect(root.querySelector('[data-qulay-steps="confirmation"] p')).to.equal(null);
      expect(form.checkVisibility()).to.equal(false);
      root.querySelector<HTMLInputElement>('#c-name')!.dispatchEvent(new Event('input', { bubbles: true }));
      await tick(400);
      expect(sessionStorage.getItem('qulay:draft:done')).to.equal(null);
    });

    it('opening the last step by its URL marks nothing completed, and Submit checks every step first', async () => {
      history.replaceState(null, '', '#step-3');
      const { element, root } = await steps();
      expect(visibleStep(root)).to.equal(2);
      expect(states(root)).to.deep.equal(['not completed', 'not completed', 'current']);
      let sent = 0;
      element.addEventListener('qulay-submit', (event) => {
        sent++;
        event.preventDefault();
      });
      submitButton(root).click();
      await tick();
      expect(sent, 'an empty application is never sent').to.equal(0);
      expect(visibleStep(root), 'the first step that fails').to.equal(0);
      expect(document.activeElement).to.equal(root.querySelector('[data-qulay-steps="summary"]'));
      expect(summaryLinks(root)).to.deep.equal(['Full name: Fill in this field.', 'PINFL: Fill in this field.']);
    });

    it('a draft restores values and the step, but marks no step completed; only Continue does', async () => {
      sessionStorage.setItem('qulay:draft:progress', JSON.stringify({ v: 1, step: 1, values: { name: 'Aziza', pinfl: '12345678901234' } }));
      const { root } = await steps(html`<qulay-form-steps draft-key="progress">
        <form>
          <qulay-form-step heading="About you"><label for="p-name">Full name</label><input id="p-name" name="name" required />
            <label for="p-pinfl">PINFL</label><input id="p-pinfl" name="pinfl" required /></qulay-form-step>
          <qulay-form-step heading="Contact details"><label for="p-phone">Phone</label><input id="p-phone" name="phone" required /></qulay-form-step>
        </form>
      </qulay-form-steps>`);
      expect(visibleStep(root)).to.equal(1);
      expect(root.querySelectorAll('[data-qulay-steps="progress"] ol'), 'exactly one progress list').to.have.length(1);
      expect(root.querySelector('[data-qulay-steps="notice"] ol'), 'none inside the notice').to.equal(null);
      expect(root.querySelector('[data-qulay-steps="notice"]')!.textContent!.trim()).to.equal('We restored what you entered.');
      expect(states(root)).to.deep.equal(['not completed', 'current']);
      root.querySelector<HTMLButtonElement>('[data-qulay-steps="nav"] button[type="button"]')!.click();
      expect(states(root)).to.deep.equal(['current', 'not completed']);
      submitButton(root).click();
      await tick();
      expect(states(root), 'the list follows the steps and stays one list').to.deep.equal(['completed', 'current']);
      expect(root.querySelectorAll('[data-qulay-steps="progress"] ol')).to.have.length(1);
    });

    it('index navigates when set; busy and question are read-only and say so', async () => {
      const { element, root } = await steps();
      element.index = 1;
      expect(visibleStep(root)).to.equal(1);
      expect(location.hash).to.equal('#step-2');
      const warnings = await captureWarnings(() => {
        (element as unknown as { busy: boolean }).busy = true;
        (element as unknown as { question: number }).question = 3;
        (element as unknown as { index: unknown }).index = 'two';
      });
      expect(element.busy).to.equal(false);
      expect(element.question).to.equal(0);
      expect(element.index).to.equal(1);
      expect(submitButton(root).hasAttribute('aria-disabled')).to.equal(false);
      expect(warnings.some((w) => w.includes('busy is read-only'))).to.equal(true);
      expect(warnings.some((w) => w.includes('question is read-only'))).to.equal(true);
      expect(warnings.some((w) => w.includes('index'))).to.equal(true);
    });
  });

  describe('spaces', () => {
    it('a required field of spaces is empty', async () => {
      const { root } = await steps();
      await type(root, 'name', '   ');
      await type(root, 'pinfl', '12345678901234');
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(visibleStep(root)).to.equal(0);
      expect(summaryLinks(root)).to.deep.equal(['Full name: Fill in this field.']);
      expect(root.querySelector<HTMLInputElement>('#name')!.value, 'what was typed stays').to.equal('   ');
    });

    it('leading and trailing spaces never make a pattern fail', async () => {
      const { root } = await steps();
      await type(root, 'name', ' Aziza ');
      await type(root, 'pinfl', ' 12345678901234 ');
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(visibleStep(root)).to.equal(1);
    });

    it('a PINFL typed with spaces is refused with a message that says so', async () => {
      const { root } = await steps();
      await type(root, 'name', 'Aziza');
      await type(root, 'pinfl', '1234 5678 9012 34');
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(summaryLinks(root)).to.deep.equal(['PINFL: Enter 14 digits. Leave out the spaces.']);
      expect((await findAccessible('textbox', 'PINFL'))!.description).to.equal('Error: Enter 14 digits. Leave out the spaces. 14 digits');
    });

    for (const lang of languages.filter((l) => l !== 'en')) {
      it(`says so in ${lang} too`, async () => {
        await setLanguage(lang);
        const { root } = await steps();
        await type(root, 'name', 'Aziza');
        await type(root, 'pinfl', '1234 5678 9012 34');
        submitButton(root).click();
        await tick();
        const text = summaryLinks(root)[0]!;
        expect(text.startsWith('PINFL: Enter 14 digits. ')).to.equal(true);
        expect(text).to.not.contain('Leave out the spaces.');
      });
    }

    it('data-qulay-strip-spaces: "1234 5678 9012 34" passes, is sent without spaces and stays as typed', async () => {
      const { element, root, form } = await steps(html`<qulay-form-steps><form>
        <qulay-form-step heading="About you">
          <label for="s-pinfl">PINFL</label>
          <input id="s-pinfl" name="pinfl" required pattern="\\d{14}" data-qulay-strip-spaces />
        </qulay-form-step>
      </form></qulay-form-steps>`);
      let sent: FormData | undefined;
      element.addEventListener('qulay-submit', (event) => {
        sent = event.detail.formData;
        event.preventDefault();
      });
      await type(root, 's-pinfl', '1234 5678 9012 34');
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(root.querySelector('[data-qulay-steps="summary"]')).to.equal(null);
      expect(sent!.get('pinfl')).to.equal('12345678901234');
      expect(new FormData(form).get('pinfl'), 'a native submission too').to.equal('12345678901234');
      expect(root.querySelector<HTMLInputElement>('#s-pinfl')!.value).to.equal('1234 5678 9012 34');
    });
  });

  describe('server errors (setErrors)', () => {
    async function submitted() {
      const ctx = await steps();
      ctx.element.addEventListener('qulay-submit', (event) => event.preventDefault());
      await type(ctx.root, 'name', 'Aziza');
      await type(ctx.root, 'pinfl', '12345678901234');
      submitButton(ctx.root).click();
      await type(ctx.root, 'phone', '+998901234567');
      submitButton(ctx.root).click();
      submitButton(ctx.root).click();
      expect(ctx.element.busy).to.equal(true);
      return ctx;
    }

    it('a missing message reads "Check this answer.", never the label twice', async () => {
      const { element, root } = await submitted();
      element.setErrors({ name: 'Full name', pinfl: undefined as unknown as string, phone: ' ' });
      await tick();
      expect(summaryLinks(root)).to.deep.equal(['Full name: Check this answer.', 'PINFL: Check this answer.', 'Phone: Check this answer.']);
      expect(root.querySelector('#name-error')!.textContent).to.equal('Error: Check this answer.');
    });

    it('errors on several steps: the first step, every error in the summary, and a link that goes to the other step', async () => {
      const { element, root } = await submitted();
      element.setErrors({ phone: 'This number is not in service.', pinfl: 'This PINFL was not found.' });
      await tick();
      expect(visibleStep(root)).to.equal(0);
      expect(summaryLinks(root)).to.deep.equal(['PINFL: This PINFL was not found.', 'Phone: This number is not in service.']);
      expect(document.activeElement).to.equal(root.querySelector('[data-qulay-steps="summary"]'));
      expect(root.querySelector('#pinfl')!.getAttribute('aria-invalid')).to.equal('true');
      expect(states(root)).to.deep.equal(['current', 'not completed', 'not completed']);
      // Keyboard: Tab to the second link, Enter.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('Phone: This number is not in service.');
      await sendKeys({ press: 'Enter' });
      expect(visibleStep(root)).to.equal(1);
      expect(document.activeElement!.id).to.equal('phone');
      expect((await findAccessible('textbox', 'Phone'))!.description).to.equal('Error: This number is not in service.');
      expect(summaryLinks(root), 'the summary is still whole').to.have.length(2);
      expect(root.querySelector<HTMLInputElement>('#pinfl')!.value).to.equal('12345678901234');
      await expect(root).to.be.accessible();
    });

    it('names that are in no step give one warning, never an exception', async () => {
      const { element, root } = await steps(html`<qulay-form-steps><form>
        <input type="hidden" name="lang" value="en" />
        <input name="outside" aria-label="Outside" />
        <qulay-form-step heading="One"><label for="u-name">Name</label><input id="u-name" name="name" /></qulay-form-step>
      </form></qulay-form-steps>`);
      const warnings = await captureWarnings(() => {
        element.setErrors({ outside: 'x', lang: 'y', nosuch: 'z' });
        element.setErrors(null as unknown as Record<string, string>);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('outside, lang, nosuch');
      // Nothing to show by a field is still a failure the citizen must hear about.
      expect(summaryText(root)).to.contain(couldNotSend);
    });
  });

  describe('a failed JavaScript submission', () => {
    async function sending() {
      const ctx = await steps();
      let sent = 0;
      ctx.element.addEventListener('qulay-submit', (event) => {
        sent++;
        event.preventDefault();
      });
      await type(ctx.root, 'name', 'Aziza');
      await type(ctx.root, 'pinfl', '12345678901234');
      await sendKeys({ press: 'Enter' });
      await type(ctx.root, 'phone', '+998901234567');
      await sendKeys({ press: 'Enter' });
      await tick();
      submitButton(ctx.root).focus();
      await sendKeys({ press: 'Enter' });
      expect(ctx.element.busy).to.equal(true);
      return { ...ctx, sent: () => sent };
    }

    it('while busy the focused Submit keeps focus (aria-disabled, not disabled) and a second press sends nothing', async () => {
      const { root, sent } = await sending();
      const button = submitButton(root);
      expect(button.textContent).to.equal('Sending…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.disabled, 'a disabled button would drop focus to <body>').to.equal(false);
      await tick(50);
      expect(document.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(sent()).to.equal(1);
      expect((await findAccessible('button', 'Sending…'))!.states.disabled).to.equal(true);
    });

    it('fail() ends the submission with a focused, announced message; everything is kept and Submit works again', async () => {
      const { element, root, form, sent } = await sending();
      element.fail();
      expect(element.busy).to.equal(false);
      expect(form.hasAttribute('aria-busy')).to.equal(false);
      const summary = root.querySelector<HTMLElement>('[data-qulay-steps="summary"]')!;
      expect(summary.textContent).to.contain(couldNotSend);
      expect(document.activeElement).to.equal(summary);
      expect(document.title).to.equal('Error: Apply');
      await tick(150);
      expect(announcements().assertive).to.equal(couldNotSend);
      expect(root.querySelector<HTMLInputElement>('#name')!.value).to.equal('Aziza');
      expect(submitButton(root).hasAttribute('aria-disabled')).to.equal(false);
      expect(submitButton(root).textContent).to.equal('Submit application');
      await expect(root).to.be.accessible();
      submitButton(root).click();
      expect(sent(), 'the citizen can try again').to.equal(2);
      expect(root.querySelector('[data-qulay-steps="summary"]'), 'trying again clears the message').to.equal(null);
    });

    it("fail(message) shows the agency's words; a message that is not text warns and reads the kit's", async () => {
      const { element, root } = await sending();
      element.fail('The service is closed for maintenance until 14:00.');
      expect(summaryText(root)).to.contain('The service is closed for maintenance until 14:00.');
      const warnings = await captureWarnings(() => element.fail({ html: '<b>x</b>' } as unknown as string));
      expect(warnings).to.have.length(1);
      expect(summaryText(root)).to.contain(couldNotSend);
    });

    it('setErrors({}) is a failure with the general message, never silence', async () => {
      const { element, root } = await sending();
      element.setErrors({});
      expect(element.busy).to.equal(false);
      expect(summaryText(root)).to.contain(couldNotSend);
      expect(document.activeElement).to.equal(root.querySelector('[data-qulay-steps="summary"]'));
    });

    it('field errors from the server after fail() replace the general message', async () => {
      const { element, root } = await sending();
      element.fail();
      element.setErrors({ pinfl: 'This PINFL was not found.' });
      expect(summaryText(root)).to.not.contain(couldNotSend);
      expect(summaryLinks(root)).to.deep.equal(['PINFL: This PINFL was not found.']);
    });

    /** Fills every step and presses Submit with `handler` on qulay-submit; it ends the submission at once. */
    async function endedAtOnce(handler: (element: QulayFormSteps) => void) {
      const ctx = await steps();
      ctx.element.addEventListener('qulay-submit', (event) => {
        event.preventDefault();
        handler(ctx.element);
      });
      await type(ctx.root, 'name', 'Aziza');
      await type(ctx.root, 'pinfl', '12345678901234');
      await sendKeys({ press: 'Enter' });
      await type(ctx.root, 'phone', '+998901234567');
      await sendKeys({ press: 'Enter' });
      await tick();
      submitButton(ctx.root).focus();
      await sendKeys({ press: 'Enter' });
      await tick();
      return ctx;
    }

    it('a handler that calls fail() at once (offline) leaves the form usable, not stuck on "Sending…"', async () => {
      const { element, root, form } = await endedAtOnce((steps) => steps.fail());
      expect(element.busy).to.equal(false);
      expect(form.hasAttribute('aria-busy')).to.equal(false);
      expect(submitButton(root).textContent).to.equal('Submit application');
      expect(submitButton(root).hasAttribute('aria-disabled')).to.equal(false);
      expect(summaryText(root)).to.contain(couldNotSend);
      expect(document.activeElement).to.equal(root.querySelector('[data-qulay-steps="summary"]'));
      element.back();
      expect(visibleStep(root), 'Back works').to.equal(1);
    });

    it('a handler that calls complete() at once ends the form, not busy', async () => {
      const { element, root, form } = await endedAtOnce((steps) => steps.complete({ reference: 'A-1' }));
      expect(element.busy).to.equal(false);
      expect(element.completed).to.equal(true);
      expect(form.hasAttribute('aria-busy')).to.equal(false);
      expect(root.querySelector('[data-qulay-steps="confirmation"]')!.textContent).to.contain('A-1');
    });

    it('a handler that calls setErrors() at once shows the field error, not busy', async () => {
      const { element, root, form } = await endedAtOnce((steps) => steps.setErrors({ name: 'This name does not match the PINFL.' }));
      expect(element.busy).to.equal(false);
      expect(form.hasAttribute('aria-busy')).to.equal(false);
      expect(visibleStep(root), 'the step of the field').to.equal(0);
      expect(summaryLinks(root)).to.deep.equal(['Full name: This name does not match the PINFL.']);
      expect(document.activeElement).to.equal(root.querySelector('[data-qulay-steps="summary"]'));
      expect(submitButton(root).hasAttribute('aria-disabled')).to.equal(false);
    });

    for (const lang of languages.filter((l) => l !== 'en')) {
      it(`says so in ${lang}`, async () => {
        await setLanguage(lang);
        const { element, root } = await steps();
        element.fail();
        const text = summaryText(root);
        expect(text).to.not.contain(couldNotSend);
        expect(text.length).to.be.greaterThan(40);
      });
    }
  });

  describe('form-associated controls are fields', () => {
    const withControls = html`<qulay-form-steps draft-key="controls">
      <form>
        <qulay-form-step heading="Your visit">
          <qulay-rating id="f-rating" name="rating" label="How was your visit?" required></qulay-rating>
          <label id="f-date-label" for="f-date">Date of visit</label>
          <test-picker id="f-date" name="visit" aria-labelledby="f-date-label" required></test-picker>
        </qulay-form-step>
        <qulay-form-step heading="Check" review></qulay-form-step>
      </form>
    </qulay-form-steps>`;

    it('a required <qulay-rating> and an agency control are checked, summarised, marked and focused', async () => {
      const { root } = await steps(withControls);
      submitButton(root).click();
      await tick();
      expect(visibleStep(root)).to.equal(0);
      const [rating, picker] = summaryLinks(root);
      expect(rating).to.match(/^How was your visit\?: /);
      expect(picker).to.equal('Date of visit: Pick a date.');
      const host = root.querySelector('#f-rating')!;
      expect(host.getAttribute('aria-invalid')).to.equal('true');
      expect(host.previousElementSibling!.classList.contains('qulay-error-message')).to.equal(true);
      root.querySelector<HTMLAnchorElement>('[data-qulay-steps="summary"] a')!.click();
      expect(document.activeElement).to.equal(host);
      await expect(root).to.be.accessible();
    });

    it('once answered with the keyboard they pass, are reviewed, drafted and restored', async () => {
      const { element, root } = await steps(withControls);
      root.querySelector<HTMLElement>('#f-rating')!.focus();
      await sendKeys({ press: '4' });
      (root.querySelector('#f-date') as TestPicker).value = '2026-05-17';
      await (root.querySelector('#f-rating') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      submitButton(root).click();
      await tick();
      expect(element.index).to.equal(1);
      const rows = [...root.querySelectorAll('.review .row')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]);
      expect(rows).to.deep.equal([
        ['How was your visit?', '4 out of 5'],
        ['Date of visit', '2026-05-17'],
      ]);
      element.saveDraft();
      expect(JSON.parse(sessionStorage.getItem('qulay:draft:controls')!).values).to.deep.equal({ rating: '4', visit: '2026-05-17' });
      const again = await steps(withControls);
      expect((again.root.querySelector('#f-date') as TestPicker).value).to.equal('2026-05-17');
      expect((again.root.querySelector('#f-rating') as HTMLElement & { value: number }).value).to.equal(4);
    });

    it('qulay-validate accepts a form-associated control in setError', async () => {
      const { element, root } = await steps(withControls);
      element.addEventListener('qulay-validate', (event) => {
        event.detail.setError(root.querySelector<HTMLElement>('#f-date')!, 'We are closed that day.');
        event.preventDefault();
      });
      submitButton(root).click();
      await tick();
      expect(summaryLinks(root)).to.deep.equal(['Date of visit: We are closed that day.']);
    });
  });

  it("page CSS cannot show what the kit hides: other steps and the agency's no-JavaScript button", async () => {
    const style = document.createElement('style');
    style.textContent = '[hidden] { display: block !important; } qulay-form-step { display: block !important; }';
    document.head.append(style);
    try {
      const { root } = await steps();
      expect(visibleStep(root)).to.equal(0);
      expect([...root.querySelectorAll('qulay-form-step')].filter((s) => s.checkVisibility())).to.have.length(1);
      expect(root.querySelector<HTMLButtonElement>('form > button[type="submit"]')!.checkVisibility()).to.equal(false);
      expect(submitButton(root).checkVisibility(), "the kit's own button stays").to.equal(true);
    } finally {
      style.remove();
    }
  });
});
