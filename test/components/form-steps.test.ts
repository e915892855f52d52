import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { announcements, useSpeechSynthesis } from '@qulay/core';
import { installFakeSpeech, tick as speechTick } from '../fake-speech.js';
import '@qulay/elements/define/qulay-form-steps.js';
import { mountSteps, submitButton, tick, visibleStep } from './form-steps-fixture.js';
import { captureWarnings, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';

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
      <label for="email">Email</label>
      <input id="email" name="email" type="email" required />
      <label for="age">Age</label>
      <input id="age" name="age" type="number" min="18" max="120" />
      <label for="code">Code</label>
      <input id="code" name="code" minlength="4" />
    </qulay-form-step>
    <qulay-form-step heading="Delivery">
      <fieldset>
        <legend>How should we deliver it?</legend>
        <label><input type="radio" name="delivery" value="electronic" required /> Electronically</label>
        <label><input type="radio" name="delivery" value="pickup" /> Pick up</label>
      </fieldset>
    </qulay-form-step>
    <button type="submit">Send</button>
  </form>
</qulay-form-steps>`;

const steps = (template = application) => mountSteps(template);

async function fill(root: HTMLElement, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

describe('<qulay-form-steps>', () => {
  let title = '';
  beforeEach(() => {
    title = document.title;
    document.title = 'Apply';
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(async () => {
    document.title = title;
    history.replaceState(null, '', location.pathname + location.search);
    await resetPage();
  });

  it('shows one step at a time with "Step 1 of 3" and a progress list', async () => {
    const { root } = await steps();
    expect(visibleStep(root)).to.equal(0);
    expect(root.querySelector('[data-qulay-steps="heading"]')!.textContent).to.equal('Step 1 of 3About you');
    expect(await findAccessible('heading', 'Step 1 of 3About you').then((n) => n ?? findAccessible('heading', 'Step 1 of 3 About you'))).to.exist;
    const items = [...root.querySelectorAll('[data-qulay-steps="progress"] li')];
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal(['step', null, null]);
    expect(items[1].textContent!.replace(/\s+/g, ' ').trim()).to.equal('2. Contact details (not completed)');
    expect(root.querySelector<HTMLButtonElement>('form > button[type="submit"]')!.hidden, "the agency's own button is hidden").to.equal(true);
    expect(submitButton(root).textContent).to.equal('Continue');
  });

  it('never validates on blur', async () => {
    const { root } = await steps();
    root.querySelector<HTMLInputElement>('#name')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.querySelector('.qulay-error-message')).to.equal(null);
  });

  it('on Continue with errors: a focused summary, links, messages above fields, and "Error: " in the title', async () => {
    const { root } = await steps();
    await fill(root, { pinfl: '123' });
    submitButton(root).click();
    await tick();
    const summary = root.querySelector<HTMLElement>('[data-qulay-steps="summary"]')!;
    expect(document.activeElement).to.equal(summary);
    expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
    expect([...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Full name: Fill in this field.', '#name'],
      ['PINFL: Enter 14 digits.', '#pinfl'],
    ]);
    const pinfl = root.querySelector<HTMLInputElement>('#pinfl')!;
    expect(pinfl.getAttribute('aria-invalid')).to.equal('true');
    expect(pinfl.getAttribute('aria-describedby')).to.equal('pinfl-error pinfl-hint');
    expect(pinfl.previousElementSibling!.textContent).to.equal('Error: Enter 14 digits.');
    expect((await findAccessible('textbox', 'PINFL'))!.description).to.equal('Error: Enter 14 digits. 14 digits');
    expect(document.title).to.equal('Error: Apply');
    expect(visibleStep(root)).to.equal(0);
  });

  it('a summary link focuses its field', async () => {
    const { root } = await steps();
    submitButton(root).click();
    await tick();
    root.querySelector<HTMLAnchorElement>('[data-qulay-steps="summary"] a[href="#pinfl"]')!.click();
    expect(document.activeElement!.id).to.equal('pinfl');
  });

  it('moves on when the step is valid: focus on the new heading, announced once, title restored', async () => {
    const { root } = await steps();
    submitButton(root).click();
    await tick();
    await fill(root, { name: 'Aziza Karimova', pinfl: '12345678901234' });
    submitButton(root).click();
    await tick();
    expect(visibleStep(root)).to.equal(1);
    expect(document.activeElement).to.equal(root.querySelectorAll('[data-qulay-steps="heading"]')[1]);
    expect(document.title).to.equal('Apply');
    expect(root.querySelector('.qulay-error-message')).to.equal(null);
    expect(location.hash).to.equal('#step-2');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(announcements().polite).to.equal('Step 2 of 3: Contact details');
  });

  it('checks type, min/max and minlength with the kit\'s own words', async () => {
    const { element, root } = await steps();
    element.show(1, { push: false });
    await fill(root, { email: 'not-an-email', age: '12' });
    // minlength only counts what a person typed (the browser ignores values set by script).
    root.querySelector<HTMLInputElement>('#code')!.focus();
    await sendKeys({ type: 'ab' });
    submitButton(root).click();
    await tick();
    const messages = [...root.querySelectorAll('[data-qulay-steps="summary"] a')].map((a) => a.textContent);
    expect(messages).to.deep.equal([
      'Email: Enter an email address, like name@example.uz.',
      'Age: Enter a value from 18 to 120.',
      'Code: Enter at least 4 characters.',
    ]);
  });

  it('checks a required radio group once, with the message under its legend', async () => {
    const { element, root } = await steps();
    element.show(2, { push: false });
    expect(submitButton(root).textContent).to.equal('Submit application');
    submitButton(root).click();
    await tick();
    expect(root.querySelectorAll('[data-qulay-steps="summary"] li')).to.have.length(1);
    expect(root.querySelector('legend')!.nextElementSibling!.textContent).to.equal('Error: Choose an answer.');
    const radios = root.querySelectorAll<HTMLInputElement>('input[name="delivery"]');
    expect([...radios].every((r) => r.getAttribute('aria-invalid') === 'true')).to.equal(true);
  });

  it('runs the agency\'s rules through a cancelable qulay-validate event', async () => {
    const { element, root } = await steps();
    element.addEventListener('qulay-validate', (event) => {
      if (event.detail.step === 0) event.detail.setError('pinfl', 'This PINFL is not registered.');
    });
    await fill(root, { name: 'Aziza', pinfl: '12345678901234' });
    submitButton(root).click();
    await tick();
    expect([...root.querySelectorAll('[data-qulay-steps="summary"] a')].map((a) => a.textContent)).to.deep.equal(['PINFL: This PINFL is not registered.']);
  });

  it('Back and the browser\'s back button move between steps', async () => {
    const { root } = await steps();
    await fill(root, { name: 'Aziza', pinfl: '12345678901234' });
    submitButton(root).click();
    await tick();
    expect(visibleStep(root)).to.equal(1);
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    expect(visibleStep(root)).to.equal(0);
    history.forward();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    expect(visibleStep(root)).to.equal(1);
    root.querySelector<HTMLButtonElement>('[data-qulay-steps="nav"] button[type="button"]')!.click();
    expect(visibleStep(root)).to.equal(0);
  });

  it('opens the step the URL names (a reload returns to it)', async () => {
    history.replaceState(null, '', '#step-3');
    const { root } = await steps();
    expect(visibleStep(root)).to.equal(2);
  });

  it('lets the last valid step submit natively', async () => {
    const { element, root, form } = await steps();
    await fill(root, { name: 'Aziza', pinfl: '12345678901234', email: 'aziza@example.uz' });
    element.show(2, { push: false });
    root.querySelector<HTMLInputElement>('input[value="pickup"]')!.checked = true;
    let prevented: boolean | undefined;
    form.addEventListener('submit', (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    });
    submitButton(root).click();
    expect(prevented).to.equal(false);
  });

  it('warns about bad markup, and still works', async () => {
    const warnings = await captureWarnings(async () => {
      await steps(html`<qulay-form-steps><form>
        <qulay-form-step review heading="Check"><input name="a" /></qulay-form-step>
        <qulay-form-step><input name="a" /></qulay-form-step>
      </form></qulay-form-steps>`);
      await steps(html`<qulay-form-steps><p>No form here</p></qulay-form-steps>`);
    });
    expect(warnings.some((w) => w.includes('review step but not the last'))).to.equal(true);
    expect(warnings.some((w) => w.includes('step 2 has no heading'))).to.equal(true);
    expect(warnings.some((w) => w.includes('"a" is used in step 1 and step 2'))).to.equal(true);
    expect(warnings.some((w) => w.includes('contains no <form>'))).to.equal(true);
  });

  describe('JavaScript submission', () => {
    it('qulay-submit hands over the data, shows a busy state and ignores a second submit', async () => {
      const { element, root, form } = await steps();
      await fill(root, { name: 'Aziza', pinfl: '12345678901234', email: 'aziza@example.uz' });
      element.show(2, { push: false });
      root.querySelector<HTMLInputElement>('input[value="pickup"]')!.checked = true;
      const submissions: FormData[] = [];
      element.addEventListener('qulay-submit', (event) => {
        submissions.push(event.detail.formData);
        event.preventDefault();
      });
      let nativeSubmits = 0;
      form.addEventListener('submit', (event) => {
        if (!event.defaultPrevented) nativeSubmits++;
        event.preventDefault();
      });
      submitButton(root).click();
      form.requestSubmit();
      expect(submissions).to.have.length(1);
      expect(submissions[0].get('delivery')).to.equal('pickup');
      expect(nativeSubmits).to.equal(0);
      expect(form.getAttribute('aria-busy')).to.equal('true');
      expect(submitButton(root).getAttribute('aria-disabled')).to.equal('true');
      expect(submitButton(root).textContent).to.equal('Sending…');
      element.complete();
      expect(form.hasAttribute('aria-busy')).to.equal(false);
    });

    it('setErrors shows server errors in the summary of the first step that has one, keeping every value', async () => {
      const { element, root } = await steps();
      await fill(root, { name: 'Aziza', pinfl: '12345678901234', email: 'aziza@example.uz' });
      element.show(2, { push: false });
      let submitted = 0;
      element.addEventListener('qulay-submit', (event) => {
        submitted++;
        event.preventDefault();
      });
      root.querySelector<HTMLInputElement>('input[value="pickup"]')!.checked = true;
      submitButton(root).click();
      expect(submitted).to.equal(1);
      const warnings = await captureWarnings(() => element.setErrors({ pinfl: 'This PINFL was not found.', nosuch: 'x' }));
      await tick();
      expect(element.index).to.equal(0);
      expect([...root.querySelectorAll('[data-qulay-steps="summary"] a')].map((a) => a.textContent)).to.deep.equal(['PINFL: This PINFL was not found.']);
      expect(document.activeElement).to.equal(root.querySelector('[data-qulay-steps="summary"]'));
      expect(root.querySelector<HTMLInputElement>('#pinfl')!.value).to.equal('12345678901234');
      expect(submitButton(root).hasAttribute('aria-disabled')).to.equal(false);
      expect(warnings.join()).to.contain('nosuch');
    });
  });

  describe('review step', () => {
    const withReview = html`<qulay-form-steps>
      <form>
        <qulay-form-step heading="About you">
          <label for="r-name">Full name</label><input id="r-name" name="name" required />
          <label for="r-center">Service centre</label>
          <select id="r-center" name="center"><option value="">Choose…</option><option value="c1">Chilonzor centre</option></select>
        </qulay-form-step>
        <qulay-form-step heading="Delivery">
          <fieldset><legend>How should we deliver it?</legend>
            <label><input type="radio" name="delivery" value="electronic" /> Electronically</label>
            <label><input type="radio" name="delivery" value="pickup" /> Pick up</label>
          </fieldset>
        </qulay-form-step>
        <qulay-form-step review heading="Check your answers"></qulay-form-step>
      </form>
    </qulay-form-steps>`;

    it('lists every answer by its visible label, with a Change link that comes back after Continue', async () => {
      const { element, root } = await steps(withReview);
      await fill(root, { 'r-name': 'Aziza Karimova' });
      const select = root.querySelector<HTMLSelectElement>('#r-center')!;
      select.value = 'c1';
      submitButton(root).click();
      await tick();
      root.querySelector<HTMLInputElement>('input[value="pickup"]')!.checked = true;
      submitButton(root).click();
      await tick();
      expect(element.index).to.equal(2);
      const rows = [...root.querySelectorAll('.review .row')].map((row) => [
        row.querySelector('dt')!.textContent,
        row.querySelector('dd')!.textContent,
      ]);
      expect(rows).to.deep.equal([
        ['Full name', 'Aziza Karimova'],
        ['Service centre', 'Chilonzor centre'],
        ['How should we deliver it?', 'Pick up'],
      ]);
      expect(await findAccessible('link', 'Change Full name')).to.exist;
      root.querySelector<HTMLAnchorElement>('.review .row a')!.click();
      expect(element.index).to.equal(0);
      expect(document.activeElement!.id).to.equal('r-name');
      await fill(root, { 'r-name': 'Aziza Karimova-Saidova' });
      submitButton(root).click();
      await tick();
      expect(element.index, 'back to the review, not to step 2').to.equal(2);
      expect(root.querySelector('.review dd')!.textContent).to.equal('Aziza Karimova-Saidova');
    });

    it('says "Not provided" for an empty answer', async () => {
      const { element, root } = await steps(withReview);
      await fill(root, { 'r-name': 'A' });
      element.show(2, { push: false });
      expect([...root.querySelectorAll('.review dd:not(.change)')].map((dd) => dd.textContent)).to.deep.equal(['A', 'Not provided', 'Not provided']);
    });
  });

  it('simplified layout: one question per page, validated one at a time, with Back', async () => {
    setMode({ 'data-qulay-simplified': 'on' });
    const { element, root } = await steps(html`<qulay-form-steps><form>
      <qulay-form-step heading="About you">
        <p><label for="s-name">Full name</label><input id="s-name" name="name" required /></p>
        <p><label for="s-pinfl">PINFL</label><input id="s-pinfl" name="pinfl" required /></p>
      </qulay-form-step>
      <qulay-form-step heading="Contact"><p><label for="s-phone">Phone</label><input id="s-phone" name="phone" /></p></qulay-form-step>
    </form></qulay-form-steps>`);
    const visible = () => [...root.querySelectorAll<HTMLInputElement>('input')].filter((i) => i.checkVisibility()).map((i) => i.id);
    expect(visible()).to.deep.equal(['s-name']);
    submitButton(root).click();
    await tick();
    expect([...root.querySelectorAll('[data-qulay-steps="summary"] a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#s-name']);
    await fill(root, { 's-name': 'Aziza' });
    submitButton(root).click();
    await tick();
    expect(visible()).to.deep.equal(['s-pinfl']);
    expect(element.index).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(announcements().polite).to.equal('Step 1 of 2: About you. Question 2 of 2');
    root.querySelector<HTMLButtonElement>('[data-qulay-steps="nav"] button[type="button"]')!.click();
    expect(visible()).to.deep.equal(['s-name']);
    setMode({});
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(visible(), 'the whole step again when the mode is switched off').to.deep.equal(['s-name', 's-pinfl']);
  });

  it('reads the step aloud in read-aloud mode: heading, labels, hints, values and errors', async () => {
    const speech = installFakeSpeech();
    setMode({ 'data-qulay-read-aloud': 'on' });
    try {
      const { root } = await steps();
      await fill(root, { name: 'Aziza' });
      submitButton(root).click();
      await tick();
      const listen = root.querySelector('qulay-form-step qulay-listen') as HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
      await listen.updateComplete;
      listen.shadowRoot.querySelector('button')!.click();
      await speechTick();
      const spoken = speech.finishAll();
      expect(spoken.slice(0, 2)).to.deep.equal(['Step 1 of 3', 'About you']);
      expect(spoken).to.include('Aziza');
      expect(spoken).to.include('14 digits');
      expect(spoken).to.include('Error: Fill in this field.');
    } finally {
      useSpeechSynthesis(null);
    }
  });

  describe('drafts', () => {
    const draftForm = html`<qulay-form-steps draft-key="test-draft">
      <form>
        <qulay-form-step heading="One">
          <label for="d-name">Name</label><input id="d-name" name="name" />
          <label for="d-password">Password</label><input id="d-password" name="password" type="password" />
          <label for="d-otp">Code</label><input id="d-otp" name="otp" autocomplete="one-time-code" />
          <label for="d-private">Private</label><input id="d-private" name="private" data-qulay-no-draft />
          <label for="d-file">File</label><input id="d-file" name="file" type="file" />
          <fieldset><legend>Delivery</legend>
            <label><input type="radio" name="delivery" value="electronic" /> Electronic</label>
            <label><input type="radio" name="delivery" value="pickup" /> Pick up</label>
          </fieldset>
        </qulay-form-step>
        <qulay-form-step heading="Two"><label for="d-city">City</label><input id="d-city" name="city" /></qulay-form-step>
      </form>
    </qulay-form-steps>`;
    beforeEach(() => sessionStorage.clear());
    afterEach(() => sessionStorage.clear());

    it('saves what is typed, debounced, and never passwords, files, one-time codes or marked fields', async () => {
      const { root } = await steps(draftForm);
      for (const [id, text] of [['d-name', 'Aziza'], ['d-password', 'secret'], ['d-otp', '123456'], ['d-private', 'hidden']]) {
        root.querySelector<HTMLInputElement>(`#${id}`)!.focus();
        await sendKeys({ type: text });
      }
      root.querySelector<HTMLInputElement>('input[value="pickup"]')!.click();
      expect(sessionStorage.getItem('qulay:draft:test-draft'), 'not saved on every key').to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const saved = JSON.parse(sessionStorage.getItem('qulay:draft:test-draft')!);
      expect(saved.values).to.deep.equal({ name: 'Aziza', delivery: 'pickup' });
      expect(JSON.stringify(saved)).to.not.contain('secret').and.to.not.contain('123456').and.to.not.contain('hidden');
    });

    it('restores the values and the step after a reload, with a notice', async () => {
      sessionStorage.setItem('qulay:draft:test-draft', JSON.stringify({ v: 1, step: 1, values: { name: 'Aziza', delivery: 'pickup', city: 'Nukus', password: 'x' } }));
      const { root } = await steps(draftForm);
      expect(visibleStep(root)).to.equal(1);
      expect(root.querySelector<HTMLInputElement>('#d-city')!.value).to.equal('Nukus');
      expect(root.querySelector<HTMLInputElement>('#d-name')!.value).to.equal('Aziza');
      expect(root.querySelector<HTMLInputElement>('input[value="pickup"]')!.checked).to.equal(true);
      expect(root.querySelector<HTMLInputElement>('#d-password')!.value).to.equal('');
      expect(root.querySelector('[data-qulay-steps="notice"]')!.textContent!.trim()).to.equal('We restored what you entered.');
    });

    it('"Clear form" asks first, then empties the form and forgets the draft', async () => {
      sessionStorage.setItem('qulay:draft:test-draft', JSON.stringify({ v: 1, step: 0, values: { name: 'Aziza' } }));
      const { root } = await steps(draftForm);
      const original = window.confirm;
      let answer = false;
      window.confirm = () => answer;
      try {
        const clear = root.querySelector<HTMLButtonElement>('[data-qulay-steps="nav"] .clear')!;
        clear.click();
        expect(root.querySelector<HTMLInputElement>('#d-name')!.value, 'kept when the user says no').to.equal('Aziza');
        answer = true;
        clear.click();
        expect(root.querySelector<HTMLInputElement>('#d-name')!.value).to.equal('');
        expect(sessionStorage.getItem('qulay:draft:test-draft')).to.equal(null);
      } finally {
        window.confirm = original;
      }
    });

    it('forgets the draft when the application is submitted', async () => {
      sessionStorage.setItem('qulay:draft:test-draft', JSON.stringify({ v: 1, step: 1, values: { city: 'Nukus' } }));
      const { root, form } = await steps(draftForm);
      form.addEventListener('submit', (event) => event.preventDefault());
      submitButton(root).click();
      expect(sessionStorage.getItem('qulay:draft:test-draft')).to.equal(null);
    });
  });

  describe('in every language and mode', () => {
    const headings: Record<string, string> = {
      en: 'Step 1 of 3',
      'uz-Latn': '3 qadamdan 1-qadam',
      'uz-Cyrl': '3 қадамдан 1-қадам',
      'kaa-Latn': '3 basqıshtan 1-basqısh',
      ru: 'Шаг 1 из 3',
    };
    for (const lang of languages) {
      it(`speaks ${lang}, errors included, and passes axe`, async () => {
        await setLanguage(lang);
        const { root } = await steps();
        expect(root.querySelector('[data-qulay-steps="heading"] .context')!.textContent).to.equal(headings[lang]);
        submitButton(root).click();
        await tick();
        if (lang !== 'en') expect(root.querySelector('[data-qulay-steps="summary"] h2')!.textContent).to.not.equal('There is a problem');
        await expect(root).to.be.accessible();
      });
    }
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe in ${mode} mode`, async () => {
        setMode(attributes);
        const { root } = await steps();
        await expect(root).to.be.accessible();
      });
    }
  });
});
