import { expect } from '@open-wc/testing';
import { createSpeechSynthesis, SpeechSynthesisUtterance, WebAudioOutput, type SpeechSynthesis } from '@qulay/speech-synthesis-polyfill';
import { createEspeakEngine } from '@qulay/speech-engine-espeak';

/** The built package: its worker and eSpeak's files, as an agency would host them. */
const baseUrl = new URL('/packages/speech-engine-espeak/dist/', location.href);

interface Heard {
  events: string[];
  words: string[];
  audioSeconds: number;
  elapsedAtEnd: number;
}

/** Speaks through real Web Audio and records what the page would see. */
function speak(synthesis: SpeechSynthesis, text: string, lang: string, output: WebAudioOutput): Promise<Heard> {
  return new Promise((resolve, reject) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = 2;
    const heard: Heard = { events: [], words: [], audioSeconds: 0, elapsedAtEnd: 0 };
    utterance.addEventListener('start', () => heard.events.push('start'));
    utterance.addEventListener('boundary', (event) => {
      const e = event as unknown as { name: string; charIndex: number; charLength: number };
      if (e.name !== 'word') return;
      heard.events.push('word');
      heard.words.push(text.slice(e.charIndex, e.charIndex + e.charLength));
    });
    utterance.addEventListener('end', (event) => {
      heard.events.push('end');
      heard.elapsedAtEnd = (event as unknown as { elapsedTime: number }).elapsedTime;
      heard.audioSeconds = output.context.currentTime;
      resolve(heard);
    });
    utterance.addEventListener('error', (event) => reject(new Error(`error: ${(event as unknown as { error: string }).error}`)));
    synthesis.speak(utterance);
  });
}

describe('the real eSpeak NG engine in Chromium (autoplay allowed by flag)', function () {
  this.timeout(30000);
  const output = new WebAudioOutput();
  const synthesis = createSpeechSynthesis({ engines: [createEspeakEngine({ baseUrl })], output });

  it('offers its voices synchronously, before loading anything', () => {
    expect(synthesis.getVoices().map((v) => v.lang)).to.deep.equal(['uz-Latn', 'uz-Cyrl', 'kaa-Latn', 'kk', 'ru', 'en']);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('espeak-ng'))).to.equal(false);
  });

  it('speaks a Karakalpak sentence: audio, start, a boundary per word on the audio clock, end', async () => {
    const text = 'Qaraqalpaqstan Respublikası puqaraları ushın mámleketlik xızmet.';
    const heard = await speak(synthesis, text, 'kaa-Latn', output);
    expect(heard.events[0]).to.equal('start');
    expect(heard.events.at(-1)).to.equal('end');
    expect(heard.words).to.deep.equal(['Qaraqalpaqstan', 'Respublikası', 'puqaraları', 'ushın', 'mámleketlik', 'xızmet']);
    expect(output.context.state).to.equal('running');
    expect(heard.elapsedAtEnd, 'seconds heard').to.be.greaterThan(1);
  });

  it('speaks an Uzbek sentence with oʻ, gʻ and ʼ, one boundary per word in the original text', async () => {
    const text = 'Oʻzbekiston fuqarolari maʼlumotnomani toʻgʻridan-toʻgʻri oladi.';
    const heard = await speak(synthesis, text, 'uz-Latn', output);
    expect(heard.events[0]).to.equal('start');
    expect(heard.events.at(-1)).to.equal('end');
    expect(heard.words).to.deep.equal(['Oʻzbekiston', 'fuqarolari', 'maʼlumotnomani', 'toʻgʻridan-toʻgʻri', 'oladi']);
    expect(heard.elapsedAtEnd).to.be.greaterThan(1);
  });

  it('reads Cyrillic Uzbek with the Latin voice, offsets still in the Cyrillic text', async () => {
    const text = 'Ёшлар иш ўринлари ҳақида маълумот.';
    const heard = await speak(synthesis, text, 'uz-Cyrl', output);
    expect(heard.words).to.deep.equal(['Ёшлар', 'иш', 'ўринлари', 'ҳақида', 'маълумот']);
  });

  it('keeps the fetched data in Cache Storage', async () => {
    const names = await caches.keys();
    const name = names.find((n) => n.startsWith('qulay-espeak-'));
    expect(name).to.be.a('string');
    const urls = (await (await caches.open(name!)).keys()).map((request) => request.url.split('/').pop());
    expect(urls).to.include.members(['index.json', 'common.bin', 'kaa_dict', 'uz_dict']);
    expect(urls, 'only the languages spoken').to.not.include('ru_dict');
  });
});
