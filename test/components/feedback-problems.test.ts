// What the citizen is told when feedback was not sent: no endpoint, nothing could be saved,
// or the server refused it (in its own words only when they are words, never an HTML page).
import { expect, html, waitUntil } from '@open-wc/testing';
import { captureWarnings, languages, resetPage, setLanguage } from '../helpers.js';
import { choose, failSendAndSave, feedback, notSaved, notSentHere, submit, typeComment } from './feedback-fixtures.js';

describe('<qulay-feedback> when nothing was sent', () => {
  afterEach(() => resetPage());

  it('no endpoint and no listener: tells the citizen, keeps the text, warns the agency once', async () => {
    const { element, $ } = await feedback();
    await choose(element, 'no');
    await typeComment(element, 'Navbat juda uzun');
    const warnings = await captureWarnings(() => submit(element));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<qulay-feedback>').and.to.contain('no endpoint');
    const alert = $<HTMLElement>('[role="alert"]');
    expect(alert.textContent).to.match(notSentHere.en);
    expect(alert.checkVisibility()).to.equal(true);
    expect($('.done')).to.equal(null);
    expect($<HTMLTextAreaElement>('textarea').value).to.equal('Navbat juda uzun');
    // Trying again says it again (no second warning) and still keeps the text.
    const again = await captureWarnings(() => submit(element));
    expect(again).to.have.length(0);
    expect($('[role="alert"]').textContent).to.match(notSentHere.en);
    await expect(element.parentElement!).to.be.accessible();
    // The message follows the page into another language.
    await setLanguage('ru');
    await element.updateComplete;
    expect($('[role="alert"]').textContent).to.match(notSentHere.ru);
  });

  it('neither sent nor saved (network down, storage refused): says so and keeps the text', async () => {
    const { element, $ } = await feedback(html`<qulay-feedback service="s" endpoint="/api/feedback"></qulay-feedback>`);
    await choose(element, 'yes');
    await typeComment(element, 'Saqlab qoling');
    await captureWarnings(() => failSendAndSave(element));
    expect($('[role="alert"]').textContent).to.match(notSaved.en);
    expect($('.done')).to.equal(null);
    expect($<HTMLTextAreaElement>('textarea').value).to.equal('Saqlab qoling');
    expect($<HTMLButtonElement>('button[type="submit"]').getAttribute('aria-disabled'), 'Send works again').to.equal(null);
  });

  /** Sends with the server answering `status`, `body` and `type`; returns the alert's words. */
  async function refused(status: number, body: string, type: string): Promise<string> {
    const { element, $ } = await feedback(html`<qulay-feedback service="s" endpoint="/api/feedback"></qulay-feedback>`);
    await choose(element, 'yes');
    await typeComment(element, 'Juda uzun matn');
    const original = window.fetch;
    window.fetch = async () => new Response(body, { status, headers: { 'content-type': type } });
    try {
      await submit(element);
      await waitUntil(() => element.querySelector('[role="alert"]'), 'the refusal is shown');
    } finally {
      window.fetch = original;
    }
    expect($<HTMLTextAreaElement>('textarea').value, 'the text stays').to.equal('Juda uzun matn');
    return $('[role="alert"]').textContent!;
  }

  it('a refusal as an HTML page (nginx 413) is not shown: the block says it in its own words', async () => {
    const page = '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>';
    const generic = 'The server did not accept your feedback. Please check it and try again.';
    expect(await refused(413, page, 'text/html')).to.equal(generic);
    expect(await refused(400, '{"error":"bad"}', 'application/json'), 'JSON without a message').to.equal(generic);
    expect(await refused(400, 'not json', 'application/json'), 'broken JSON').to.equal(generic);
  });

  it('a refusal with a JSON message or a plain-text body shows those words, trimmed and limited', async () => {
    expect(await refused(422, '{"message":"  Izoh juda uzun  "}', 'application/json; charset=utf-8')).to.equal('Izoh juda uzun');
    expect(await refused(400, `  ${'x'.repeat(600)}  `, 'text/plain')).to.equal('x'.repeat(500));
  });

  for (const lang of languages) {
    it(`says in ${lang} that feedback could not be sent from this page`, async () => {
      await setLanguage(lang);
      const { root, element, $ } = await feedback();
      await choose(element, 'yes');
      await typeComment(element, 'Rahmat');
      await captureWarnings(() => submit(element));
      expect($('[role="alert"]').textContent).to.match(notSentHere[lang]);
      expect($<HTMLTextAreaElement>('textarea').value).to.equal('Rahmat');
      await expect(root).to.be.accessible();
    });
    it(`says in ${lang} that feedback could be neither sent nor saved`, async () => {
      await setLanguage(lang);
      const { element, $ } = await feedback(html`<qulay-feedback service="s" endpoint="/api/feedback"></qulay-feedback>`);
      await choose(element, 'no');
      await captureWarnings(() => failSendAndSave(element));
      expect($('[role="alert"]').textContent).to.match(notSaved[lang]);
    });
  }
});
