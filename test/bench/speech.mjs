// Speech figures: package sizes, eSpeak NG's real-time factor (Node) and the time from
// `speak()` to the first word in Chromium, cold (first visit), on a revisit (data from Cache
// Storage) and warm (the engine already running).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createNodeEspeak } from '@qulay/speech-engine-espeak/node';
import { wordStarts } from '@qulay/speech-engine-espeak/normalize';
import { pageText } from '../../stories/demo-site/content.mjs';
import { gzipOf } from './sizes.mjs';

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dist = 'packages/speech-engine-espeak/dist';

export async function printSpeechSizes() {
  console.log(`@qulay/speech-synthesis-polyfill (everything it exports, minified): ${await gzipOf("export * from '@qulay/speech-synthesis-polyfill';")} bytes gzip`);
  console.log(`@qulay/speech-synthesis-polyfill/testing: ${await gzipOf("export * from '@qulay/speech-synthesis-polyfill/testing';")} bytes gzip`);
  const script = `${dist}/qulay-espeak.js`;
  console.log(`qulay-espeak.js (polyfill + engine, the script tag): ${statSync(script).size} bytes, ${gz(script)} bytes gzip`);
  const worker = ['espeak-worker.js', 'espeak-core.js', 'normalize.js'].map((f) => `${dist}/${f}`);
  console.log(`worker (espeak-worker.js + espeak-core.js + normalize.js): ${worker.reduce((n, f) => n + statSync(f).size, 0)} bytes, ${worker.reduce((n, f) => n + gz(f), 0)} bytes gzip`);
  console.log(`espeak/espeak-ng.js (eSpeak NG, wasm2js): ${statSync(`${dist}/espeak/espeak-ng.js`).size} bytes, ${gz(`${dist}/espeak/espeak-ng.js`)} bytes gzip`);
  for (const file of readdirSync(`${dist}/espeak/data`).sort()) {
    const path = `${dist}/espeak/data/${file}`;
    console.log(`espeak/data/${file}: ${statSync(path).size} bytes, ${gz(path)} bytes gzip`);
  }
}

const texts = {
  uz: 'Oʻzbekiston Respublikasi fuqarolari uchun soliq qarzi yoʻqligi toʻgʻrisida maʼlumotnoma onlayn beriladi. Ariza topshirish uchun shaxsingizni tasdiqlang va toʻlovni amalga oshiring.',
  kaa: 'Qaraqalpaqstan Respublikası puqaraları ushın salıq qarızı joqlıǵı haqqında maǵlıwmatnama onlayn beriledi. Arza beriw ushın shaxsıńızdı tastıyıqlań.',
  ru: 'Справка об отсутствии налоговой задолженности выдаётся онлайн для граждан Республики Узбекистан. Для подачи заявления подтвердите свою личность.',
  en: 'A certificate of no tax arrears is issued online to citizens of the Republic of Uzbekistan. To apply, confirm your identity and pay the fee.',
};

export async function printRealTimeFactor() {
  const start = performance.now();
  const espeak = await createNodeEspeak();
  console.log(`eSpeak NG in Node: module and common data ready in ${(performance.now() - start).toFixed(0)} ms`);
  for (const [language, text] of Object.entries(texts)) {
    await espeak.prepare(language);
    const runs = [];
    let seconds = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      seconds = 0;
      espeak.synthesize({ text, language }, (piece) => {
        seconds += piece.samples.length / piece.sampleRate;
      });
      runs.push((performance.now() - t0) / 1000);
    }
    const time = median(runs);
    console.log(`eSpeak NG ${language}: ${seconds.toFixed(2)} s of audio in ${(time * 1000).toFixed(0)} ms, real-time factor ${(time / seconds).toFixed(3)} (median of 5)`);
  }
}

/** Time to the first word in Chromium; `launch` and `url` come from the benchmark runner. */
export async function printTimeToFirstWord(browser, url) {
  const sentence = { 'uz-Latn': 'Soliq qarzi yoʻqligi toʻgʻrisida maʼlumotnoma.', 'kaa-Latn': 'Salıq qarızı joqlıǵı haqqında maǵlıwmatnama.' };
  for (const [lang, text] of Object.entries(sentence)) {
    const cold = [];
    const revisit = [];
    const warm = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/test/bench/speech.html`);
      await page.waitForFunction(() => window.benchReady === true);
      cold.push(await page.evaluate(([t, l]) => window.timeToFirstWord(t, l), [text, lang]));
      for (let i = 0; i < 3; i++) warm.push(await page.evaluate(([t, l]) => window.timeToFirstWord(t, l), [text, lang]));
      const second = await context.newPage();
      await second.goto(`${url}/test/bench/speech.html`);
      await second.waitForFunction(() => window.benchReady === true);
      revisit.push(await second.evaluate(([t, l]) => window.timeToFirstWord(t, l), [text, lang]));
      await context.close();
    }
    console.log(
      `time to first word, eSpeak NG ${lang} in Chromium: cold ${median(cold).toFixed(0)} ms (first visit, 3 runs), ` +
        `revisit ${median(revisit).toFixed(0)} ms (data from Cache Storage, new page), warm ${median(warm).toFixed(0)} ms (engine running, 9 utterances)`,
    );
  }
}

/**
 * How many words of the demo site's page text and the services' names get a word event from
 * eSpeak NG itself (after normalising, before the engine merges and fills events).
 */
export async function printWordEventCoverage() {
  const espeak = await createNodeEspeak();
  const services = JSON.parse(readFileSync('test/fixtures/services.json', 'utf8')).services;
  const languages = { 'uz-Latn': 'uz', 'uz-Cyrl': 'uz', 'kaa-Latn': 'kaa', ru: 'ru', en: 'en' };
  // Every dictionary first, as in the engine tests: Russian text switches to English for Latin words.
  for (const language of new Set(Object.values(languages))) await espeak.prepare(language);
  for (const [lang, language] of Object.entries(languages)) {
    const texts = [...Object.values(pageText[lang]).filter((v) => typeof v === 'string'), ...services.map((s) => s.name[lang]).filter(Boolean)];
    let words = 0;
    let covered = 0;
    const missed = [];
    for (const text of texts) {
      const heard = new Set(espeak.reportedWordStarts({ text, language }));
      for (const start of wordStarts(text)) {
        words++;
        if (heard.has(start)) covered++;
        else missed.push(text.slice(start, start + 10));
      }
    }
    console.log(`eSpeak NG word events, ${lang} page text and service names: ${covered} of ${words} words${missed.length ? ` (no event of its own: ${missed.join(' / ')})` : ''}`);
  }
}
