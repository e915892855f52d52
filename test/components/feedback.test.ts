import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { collectReadingRuns } from '@qulay/core';
import { accessibilityTree, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';
import { capture, choose, feedback, submit, typeComment } from './feedback-fixtures.js';

describe('<qulay-feedback>', () => {
  afterEach(() => resetPage());

  it('asks "Was this service useful?" with two named buttons, then the follow-up', async () => {
    const { element } = await feedback();
    expect(await findAccessible('region', 'Your feedback')).to.exist;
    expect(await findAccessible('group', 'Was this service useful?')).to.exist;
    expect(await findAccessible('button', 'Yes')).to.exist;
    expect(await findAccessible('button', 'No')).to.exist;
    expect(element.querySelector('textarea')).to.equal(null);
    await choose(element, 'no');
    expect(await findAccessible('textbox', 'What went wrong? (optional)')).to.exist;
    expect(await findAccessible('radiogroup', 'Rate the service (optional)')).to.exist;
    await choose(element, 'yes');
    expect(await findAccessible('textbox', 'What did you like? (optional)')).to.exist;
  });

  it('hides the agency\'s no-JavaScript form and keeps it in the page', async () => {
    const { element } = await feedback(html`<qulay-feedback service="s"><form action="/x" method="post"><button>Send</button></form></qulay-feedback>`);
    const fallback = element.querySelector('form[action="/x"]')!;
    expect(fallback.hasAttribute('hidden')).to.equal(true);
    expect(element.querySelector('.block')).to.exist;
  });

  it('the Yes/No stage is a form with two real submit buttons; the answer travels as the submitter', async () => {
    const { element, $ } = await feedback();
    const form = $<HTMLFormElement>('.block form');
    const submitters = [...form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')];
    expect(submitters.map((b) => [b.name, b.value])).to.deep.equal([
      ['useful', 'yes'],
      ['useful', 'no'],
    ]);
    // Submitting through the No button alone (no radio, no click handler state) answers No.
    form.requestSubmit(submitters[1]);
    await element.updateComplete;
    expect(await findAccessible('textbox', 'What went wrong? (optional)')).to.exist;
    expect((await findAccessible('button', 'No'))?.states.pressed).to.equal('true');
    // Now the form's one submit control is Send: Enter in a text field sends, it does not answer "Yes".
    expect([...form.querySelectorAll('button[type="submit"]')].map((b) => b.textContent!.trim())).to.deep.equal(['Send feedback']);
    await expect(element.parentElement!).to.be.accessible();
  });

  it('Enter in the reply field sends the feedback', async () => {
    const { element, $ } = await feedback();
    const submissions = capture(element);
    await choose(element, 'no');
    $<HTMLInputElement>('input[name="complaint"]').click();
    await element.updateComplete;
    const select = $<HTMLSelectElement>('select');
    select.value = 'slow';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    $<HTMLInputElement>('input[name="contact"]').focus();
    await sendKeys({ type: '+998 90 123 45 67' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(submissions).to.have.length(1);
    expect(submissions[0]).to.deep.include({ useful: false });
  });

  it('works from the keyboard: answer, rate, write, complain, send; thanks take focus', async () => {
    const { element } = await feedback();
    const submissions = capture(element);
    element.querySelector<HTMLButtonElement>('.block button[value="yes"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(document.activeElement?.getAttribute('aria-pressed'), 'focus stays on the pressed Yes').to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: '4' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Tez va qulay' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'aziza@example.uz' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(submissions).to.have.length(1);
    expect(submissions[0]).to.deep.include({ useful: true, rating: 4, comment: 'Tez va qulay', service: 'salary-certificate', lang: 'en' });
    expect(submissions[0].complaint).to.deep.equal({ category: 'slow', contact: 'aziza@example.uz' });
    expect(document.activeElement?.classList.contains('done')).to.equal(true);
    expect(document.activeElement!.textContent).to.contain('Thank you!');
  });

  it('counts characters as people do: oʻ is two, a family emoji one', async () => {
    const { element, $ } = await feedback();
    await choose(element, 'yes');
    await typeComment(element, 'oʻ👨‍👩‍👧');
    expect($('.count').textContent).to.equal('3 of 1,000 characters');
    expect(await findAccessible('textbox', 'What did you like? (optional)').then((n) => n?.description)).to.equal('3 of 1,000 characters');
  });

  it('refuses a comment over the limit with a message linked to the field, and keeps the text', async () => {
    const { element, $ } = await feedback(html`<qulay-feedback service="s" maxlength="5"></qulay-feedback>`);
    const submissions = capture(element);
    await choose(element, 'yes');
    await typeComment(element, 'oʻoʻoʻ');
    await submit(element);
    expect(submissions).to.have.length(0);
    const textarea = $<HTMLTextAreaElement>('textarea');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(textarea);
    const description = (await findAccessible('textbox', 'What did you like? (optional)'))!.description;
    expect(description).to.contain('Error: Your comment is 1 characters too long.');
    expect(textarea.value).to.equal('oʻoʻoʻ');
  });

  it('asks what a complaint is about before sending it', async () => {
    const { element, $ } = await feedback();
    const submissions = capture(element);
    await choose(element, 'no');
    $<HTMLInputElement>('input[name="complaint"]').click();
    await element.updateComplete;
    await submit(element);
    expect(submissions).to.have.length(0);
    expect(document.activeElement).to.equal($('select'));
    expect($('.error').textContent).to.contain('Choose what the complaint is about.');
    const select = $<HTMLSelectElement>('select');
    select.value = 'technical';
    select.dispatchEvent(new Event('change'));
    await submit(element);
    expect(submissions[0].complaint).to.deep.equal({ category: 'technical', contact: '' });
  });

  it('fires qulay-send-feedback (cancelable) and, until 0.3, qulay-feedback; cancelling either hands it over', async () => {
    for (const name of ['qulay-send-feedback', 'qulay-feedback'] as const) {
      const { element, $ } = await feedback(html`<qulay-feedback service="s" endpoint="/no-such-endpoint"></qulay-feedback>`);
      const heard: string[] = [];
      for (const type of ['qulay-send-feedback', 'qulay-feedback'] as const) {
        element.addEventListener(type, (event) => {
          heard.push(`${type}:${event.cancelable}:${event.detail.service}`);
          if (type === name) event.preventDefault();
        });
      }
      const fetched: string[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL) => {
        fetched.push(String(input));
        return original(input);
      };
      try {
        await choose(element, 'yes');
        await submit(element);
      } finally {
        window.fetch = original;
      }
      expect(heard[0]).to.equal('qulay-send-feedback:true:s');
      if (name === 'qulay-feedback') expect(heard[1]).to.equal('qulay-feedback:true:s');
      else expect(heard, 'a page that took the new event is not asked twice').to.have.length(1);
      expect(fetched, `cancelled through ${name}`).to.deep.equal([]);
      expect($('.done')).to.exist;
    }
  });

  it('the honeypot is not in innerText, the accessibility tree or what read-aloud says', async () => {
    const { element, $ } = await feedback();
    await choose(element, 'yes');
    const honeypot = $<HTMLInputElement>('input[name="website"]');
    expect(honeypot, 'bots still find it by name').to.exist;
    expect(element.innerText).to.not.contain('Website');
    expect(element.textContent).to.not.contain('Website');
    const spoken = collectReadingRuns(element, 'en', { checked: 'checked', notChecked: 'not checked', empty: 'empty' })
      .map((run) => run.text)
      .join(' ');
    expect(spoken).to.contain('What did you like?');
    expect(spoken).to.not.contain('Website');
    expect(spoken.match(/empty/g), 'one empty field is read: the comment').to.have.length(1);
    const textboxes = (await accessibilityTree()).filter((node) => node.role === 'textbox');
    expect(textboxes.map((node) => node.name)).to.deep.equal(['What did you like? (optional)']);
    // A page rule that shows every [hidden] element does not bring it back.
    const hostile = document.createElement('style');
    hostile.textContent = '[hidden] { display: block !important; }';
    document.head.append(hostile);
    try {
      expect(honeypot.checkVisibility()).to.equal(false);
      expect(element.innerText).to.not.contain('Website');
    } finally {
      hostile.remove();
    }
  });

  it('thanks a bot that filled the honeypot, and sends nothing', async () => {
    const { element, $ } = await feedback();
    const submissions = capture(element);
    await choose(element, 'yes');
    $<HTMLInputElement>('input[name="website"]').value = 'http://spam.example';
    await submit(element);
    expect(submissions).to.have.length(0);
    expect($('.done')).to.exist;
  });

  it('shows a comment back only as text', async () => {
    const { element, $ } = await feedback();
    capture(element);
    await choose(element, 'yes');
    await typeComment(element, '<img src=x onerror="window.hacked=1"><b>hi</b>');
    await submit(element);
    expect($('.you-wrote').querySelector('img, b')).to.equal(null);
    expect($('.you-wrote').textContent).to.contain('<b>hi</b>');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('sends on a plain-http page too, where crypto.randomUUID does not exist', async () => {
    const { element } = await feedback();
    const submissions = capture(element);
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      await choose(element, 'yes');
      await submit(element);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(submissions).to.have.length(1);
    expect(submissions[0].id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('simplified layout: just the Yes/No question and one text box', async () => {
    setMode({ 'data-qulay-simplified': 'on' });
    const { element } = await feedback();
    const submissions = capture(element);
    await choose(element, 'no');
    expect(element.querySelector('qulay-rating')).to.equal(null);
    expect(element.querySelector('input[name="complaint"]')).to.equal(null);
    expect(element.querySelectorAll('textarea')).to.have.length(1);
    await typeComment(element, 'Navbat uzun');
    await submit(element);
    expect(submissions[0]).to.deep.include({ useful: false, rating: null, complaint: null, comment: 'Navbat uzun' });
  });

  describe('in every language and mode', () => {
    const questions: Record<string, string> = {
      en: 'Was this service useful?',
      'uz-Latn': 'Bu xizmat foydali boʻldimi?',
      'uz-Cyrl': 'Бу хизмат фойдали бўлдими?',
      'kaa-Latn': 'Bul xızmet paydalı boldı ma?',
      ru: 'Была ли услуга полезной?',
    };
    for (const lang of languages) {
      it(`asks in ${lang} and passes axe with the follow-up open`, async () => {
        await setLanguage(lang);
        const { root, element } = await feedback();
        expect(element.querySelector('legend')!.textContent).to.equal(questions[lang]);
        await choose(element, 'no');
        element.querySelector<HTMLInputElement>('input[name="complaint"]')!.click();
        await element.updateComplete;
        await expect(root).to.be.accessible();
      });
    }
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe in ${mode} mode`, async () => {
        setMode(attributes);
        const { root, element } = await feedback();
        await choose(element, 'yes');
        await expect(root).to.be.accessible();
      });
    }
  });
});
