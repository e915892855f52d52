// The demo site reads a service card aloud in Uzbek (and Karakalpak) with the real eSpeak NG engine, loaded by
// the accessibility panel's `speech-engine` attribute, under the site's strict CSP and
// Trusted Types, and highlights each word as it is heard.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useDemoSite } from './browser.mjs';

const env = useDemoSite();

/** Records every distinct word highlight, in order, until the card's listen button is idle again. */
function recordHighlights(page, cardText) {
  return page.evaluate(
    (cardText) =>
      new Promise((resolve) => {
        const words = [];
        let last;
        let started = false;
        const card = [...document.querySelectorAll('qulay-service-card')].find((c) => c.textContent.includes(cardText));
        const listen = card.shadowRoot.querySelector('qulay-listen');
        const timer = setInterval(() => {
          const highlight = CSS.highlights.get('qulay-read-aloud-word');
          const text = highlight ? [...highlight].map((range) => range.toString()).join('') : undefined;
          if (text) started = true;
          if (text && text !== last) words.push(text);
          last = text;
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
    cardText,
  );
}

/**
 * Opens the home page in `lang` with read-aloud on, presses the listen button of the card
 * whose text includes `cardText`, and returns what was highlighted and spoken, and which
 * eSpeak files were fetched.
 */
async function readCardAloud(lang, cardText, listenName) {
  const { context, page, problems } = await openPage(env.browser);
  await page.addInitScript(() => localStorage.setItem('qulay:preferences:v1', JSON.stringify({ readAloud: true, speechRate: 2 })));
  const espeakRequests = [];
  page.on('request', (request) => {
    if (request.url().includes('/espeak/')) espeakRequests.push(new URL(request.url()).pathname);
  });
  await page.goto(`${env.demo.url}/?lang=${lang}`);
  const card = page.locator('qulay-service-card', { hasText: cardText });
  const listen = card.getByRole('button', { name: listenName });
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
  const recording = recordHighlights(page, cardText);
  await listen.click();
  const words = await recording;
  const spoken = await page.evaluate(() => window.spokenTexts);
  const text = await card.evaluate((element) => element.innerText);
  const voice = await card.evaluate((element) => element.shadowRoot.querySelector('qulay-listen').reader.voiceName);
  await context.close();
  return { words, spoken, text, voice, espeakRequests, problems };
}

describe('read-aloud on the demo site with eSpeak NG', () => {
  it('reads the service card in Uzbek and highlights each word', async (t) => {
    const { words, spoken, text, voice, espeakRequests, problems } = await readCardAloud('uz-Latn', 'Soliq qarzi', /Tinglash/);
    t.diagnostic(`highlighted in turn: ${words.join(' | ')}`);
    assert.equal(spoken[0], 'Soliq qarzi yoʻqligi toʻgʻrisida maʼlumotnoma');
    assert.match(spoken.at(-1), /^Baho\b.*4,7/, 'the star rating is read by its label: ' + spoken.at(-1));
    assert.ok(words.length >= 8, `words highlighted: ${words.join(' | ')}`);
    for (const word of words) assert.ok(text.includes(word), `"${word}" is text of the card`);
    assert.ok(words.includes('Soliq'), words.join(' | '));
    assert.ok(words.includes('maʼlumotnoma'), 'the word with the tutuq belgisi is highlighted whole: ' + words.join(' | '));
    assert.ok(words.includes('qoʻmitasi'), words.join(' | '));
    assert.equal(voice, 'Oʻzbekcha (eSpeak NG)');
    assert.ok(espeakRequests.includes('/espeak/espeak-worker.js'));
    assert.ok(espeakRequests.includes('/espeak/espeak/data/uz_dict'));
    assert.ok(!espeakRequests.includes('/espeak/espeak/data/ru_dict'), 'only the language read is fetched');
    assert.deepEqual(problems, []);
  });

  it('reads the same card in Karakalpak with the Karakalpak voice', async (t) => {
    const { words, spoken, text, voice, espeakRequests, problems } = await readCardAloud('kaa-Latn', 'Salıq qarızı', /Tıńlaw/);
    t.diagnostic(`highlighted in turn: ${words.join(' | ')}`);
    assert.equal(spoken[0], 'Salıq qarızı joqlıǵı haqqında maǵlıwmatnama');
    for (const word of ['Salıq', 'qarızı', 'joqlıǵı', 'haqqında', 'maǵlıwmatnama']) assert.ok(words.includes(word), `${word} in ${words.join(' | ')}`);
    for (const word of words) assert.ok(text.includes(word), `"${word}" is text of the card`);
    assert.equal(voice, 'Qaraqalpaqsha (eSpeak NG)');
    assert.ok(espeakRequests.includes('/espeak/espeak/data/kaa_dict'));
    assert.deepEqual(problems, []);
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
