import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@qulay/elements/define/qulay-feedback.js';
import type { FeedbackSubmission, QulayFeedback } from '@qulay/elements';
import { captureWarnings, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';

async function feedback(template = html`<qulay-feedback service="salary-certificate"></qulay-feedback>`) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = root.querySelector('qulay-feedback') as QulayFeedback;
  await element.updateComplete;
  return { root, element, $: <T extends Element>(selector: string) => element.querySelector<T>(selector)! };
}

/** Catches the submission before it is sent (the cancelable event). */
function capture(element: QulayFeedback): FeedbackSubmission[] {
  const submissions: FeedbackSubmission[] = [];
  element.addEventListener('qulay-feedback', (event) => {
    submissions.push(event.detail);
    event.preventDefault();
  });
  return submissions;
}

async function choose(element: QulayFeedback, answer: 'yes' | 'no') {
  element.querySelector<HTMLInputElement>(`.block input[name="useful"][value="${answer}"]`)!.click();
  await element.updateComplete;
}

async function typeComment(element: QulayFeedback, text: string) {
  const textarea = element.querySelector<HTMLTextAreaElement>('textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

async function submit(element: QulayFeedback) {
  element.querySelector<HTMLFormElement>('.block form')!.requestSubmit();
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

describe('<qulay-feedback>', () => {
  afterEach(() => resetPage());

  it('asks "Was this service useful?" as a named radio group, then the follow-up', async () => {
    const { element } = await feedback();
    expect(await findAccessible('region', 'Your feedback')).to.exist;
    expect(await findAccessible('group', 'Was this service useful?')).to.exist;
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

  it('works from the keyboard: answer, rate, write, complain, send; thanks take focus', async () => {
    const { element } = await feedback();
    const submissions = capture(element);
    element.querySelector<HTMLInputElement>('.block input[value="yes"]')!.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
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
    const { element, $ } = await feedback(html`<qulay-feedback service="s" max-length="5"></qulay-feedback>`);
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

  it('warns once when there is no endpoint and no listener', async () => {
    const { element } = await feedback();
    await choose(element, 'yes');
    const warnings = await captureWarnings(() => submit(element));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<qulay-feedback>').and.to.contain('no endpoint');
  });

  it('warns about bad attributes and falls back', async () => {
    const warnings = await captureWarnings(async () => {
      await feedback(html`<qulay-feedback heading-level="9" max-length="-1" endpoint="javascript:alert(1)"></qulay-feedback>`);
    });
    expect(warnings.map((w) => w.split(' is not valid')[0])).to.deep.equal([
      '<qulay-feedback>: heading-level="9"',
      '<qulay-feedback>: max-length="-1"',
      '<qulay-feedback>: endpoint="javascript:alert(1)"',
    ]);
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
