// The demo site reads a service card aloud in Uzbek with the real eSpeak NG engine, loaded by
// the accessibility panel's `speech-engine` attribute, under the site's strict CSP and
// Trusted Types, and highlights each word as it is heard.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useDemoSite } from './browser.mjs';

const env = useDemoSite();

/** Records every distinct word highlight, in order, until reading stops. */
function recordHighlights(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const words = [];
        let last;
        let started = false;
        const timer = setInterval(() => {
          const highlight = CSS.highlights.get('qulay-read-aloud-word');
          const text = highlight ? [...highlight].map((range) => range.toString()).join('') : undefined;
          if (text) started = true;
          if (text && text !== last) words.push(text);
          last = text;
          // Reading has ended when the card's listen button is idle again.
          const card = [...document.querySelectorAll('qulay-service-card')].find((c) => c.textContent.includes('Soliq qarzi'));
          const listen = card.shadowRoot.querySelector('qulay-listen');
          if (started && listen.reader.state === 'idle') {
            clearInterval(timer);
            resolve(words);
          }
        }, 10);
        setTimeout(() => {
          clearInterval(timer);
          resolve(words);
        }, 60000);
      }),
  );
}

describe('read-aloud on the demo site with eSpeak NG', () => {
  it('reads the service card in Uzbek and highlights each word', async (t) => {
    const { context, page, problems } = await openPage(env.browser);
    await page.addInitScript(() => localStorage.setItem('qulay:preferences:v1', JSON.stringify({ readAloud: true, speechRate: 2 })));
    const espeakRequests = [];
    page.on('request', (request) => {
      if (request.url().includes('/espeak/')) espeakRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(`${env.demo.url}/?lang=uz-Latn`);
    const card = page.locator('qulay-service-card', { hasText: 'Soliq qarzi' });
    const listen = card.getByRole('button', { name: /Tinglash/ });
    await listen.waitFor();
    // The panel installs the engine at load (read-aloud is on); then record what is spoken.
    await page.waitForFunction(() => speechSynthesis.getVoices().some((voice) => voice.name.includes('eSpeak')));
    await page.evaluate(() => {
      window.spokenTexts = [];
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (utterance) => {
        window.spokenTexts.push(utterance.text);
        speak(utterance);
      };
    });
    const recording = recordHighlights(page);
    await listen.click();
    const words = await recording;

    t.diagnostic(`highlighted in turn: ${words.join(' | ')}`);
    const spoken = await page.evaluate(() => window.spokenTexts);
    assert.equal(spoken[0], 'Soliq qarzi yoʻqligi toʻgʻrisida maʼlumotnoma');
    assert.match(spoken.at(-1), /^Baho\b.*4,7/, 'the star rating is read by its label: ' + spoken.at(-1));
    const cardText = await card.evaluate((element) => element.innerText);
    assert.ok(words.length >= 8, `words highlighted: ${words.join(' | ')}`);
    for (const word of words) assert.ok(cardText.includes(word), `"${word}" is text of the card`);
    assert.ok(words.includes('Soliq'), words.join(' | '));
    assert.ok(words.includes('maʼlumotnoma'), 'the word with the tutuq belgisi is highlighted whole: ' + words.join(' | '));
    assert.ok(words.includes('qoʻmitasi'), words.join(' | '));
    assert.ok(espeakRequests.includes('/espeak/espeak-worker.js'));
    assert.ok(espeakRequests.includes('/espeak/espeak/data/uz_dict'));
    assert.ok(!espeakRequests.includes('/espeak/espeak/data/ru_dict'), 'only the language read is fetched');
    const voice = await card.evaluate((element) => element.shadowRoot.querySelector('qulay-listen').reader.voiceName);
    assert.equal(voice, 'Oʻzbekcha (eSpeak NG)');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('loads no eSpeak file while read-aloud is off', async () => {
    const { context, page, problems } = await openPage(env.browser);
    const espeakRequests = [];
    page.on('request', (request) => {
      if (request.url().includes('/espeak/')) espeakRequests.push(request.url());
    });
    await page.goto(`${env.demo.url}/services/tax-debt-certificate?lang=uz-Latn`);
    await page.locator('qulay-service-card').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(espeakRequests, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
