// eSpeak NG in Node, on corpora in the kit's five languages and Kazakh: the demo site's page
// text, the ten services' names and sentences written to hit each defect the normaliser fixes.
// Runs against the built package (`npm run build` first; `npm test` does).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createNodeEspeak } from '@qulay/speech-engine-espeak/node';
import { pageText } from '../../stories/demo-site/content.mjs';

const services = JSON.parse(readFileSync(new URL('../fixtures/services.json', import.meta.url), 'utf8')).services;
const languages = { 'uz-Latn': 'uz', 'uz-Cyrl': 'uz', 'kaa-Latn': 'kaa', ru: 'ru', en: 'en', kk: 'kk' };

const crafted = {
  'uz-Latn': [
    'Maʼlumotnoma sanʼat va taʼlim boʻyicha beriladi.',
    'Oʻzbekiston Respublikasi fuqarolari uchun gʻamxoʻrlik.',
    "Ma'lumotnoma o'rniga g'alla, ma’lumot va o‘g‘il.",
    'Narxi: 50% chegirma & bepul yetkazish < 3 kun > 1 soat.',
    'Ariza № 5 qabul qilindi, toʻlov = 0 soʻm.',
  ],
  'uz-Cyrl': ['Ёшлар иш ўринлари ҳақида маълумот олади.', 'Шаҳар ҳокимлиги ШАҲАР хизматлари.', 'Мурожаат & шикоят < 3 кун.', 'Ерга эга бўлиш ва ўқиш.'],
  'kaa-Latn': ['Qaraqalpaqstan Respublikası puqaraları ushın mámleketlik xızmet.', 'Maǵlıwmatnama hám arza & shaǵım < 5 kún.', 'Ańlatpa ushın úlken rahmet.'],
  ru: ['Ёлка шла по школе. Щука & рыба < 5 кг.', 'Справка № 12 выдаётся за 3 дня.'],
  en: ['Certificate of no tax arrears & other services < 3 days.'],
  // Kazakh has no page text or service names here: sentences only.
  kk: [
    'Қазақстан Республикасының азаматтарына мемлекеттік қызмет көрсетіледі.',
    'Анықтама алу үшін өтініш беріңіз & жеке басыңызды растаңыз.',
    'Салық берешегінің жоқтығы туралы анықтама № 5 дайын.',
    'Өтініш < 3 жұмыс күні ішінде қаралады, төлем = 0 теңге.',
  ],
};

/** Every text of one language: page strings, service names, crafted sentences. */
function corpus(lang) {
  const page = Object.values(pageText[lang] ?? {}).filter((value) => typeof value === 'string');
  const names = services.map((service) => service.name[lang]).filter(Boolean);
  return [...page, ...names, ...crafted[lang]];
}

/** Where each word starts in the original text, counted independently of the engine; `&<>%№+=` are read as words. */
const wordStarts = (text) => [...text.matchAll(/[\p{L}\p{M}\p{N}]+(?:[\u02bb\u02bc'’‘`-][\p{L}\p{M}\p{N}]+)*|[&<>%№+=]/gu)].map((m) => m.index);

let espeak;
before(async () => {
  espeak = await createNodeEspeak();
  for (const language of new Set(Object.values(languages))) await espeak.prepare(language);
});

function speak(text, language, raw = false) {
  const pieces = [];
  espeak.synthesize({ text, language, raw }, (piece) => pieces.push(piece));
  return {
    seconds: pieces.reduce((sum, piece) => sum + piece.samples.length / piece.sampleRate, 0),
    words: pieces.flatMap((piece) => piece.marks).filter((mark) => mark.type === 'word'),
  };
}

for (const [lang, language] of Object.entries(languages)) {
  describe(`eSpeak NG, ${lang} corpus`, () => {
    it('one word event per word, each at the start of that word in the original text', () => {
      const texts = corpus(lang);
      assert.ok(texts.length >= (lang === 'kk' ? 4 : 15), `corpus of ${texts.length} texts`);
      for (const text of texts) {
        const { words, seconds } = speak(text, language);
        assert.ok(seconds > 0.1, `audio for ${text}`);
        assert.deepEqual(
          words.map((w) => w.charIndex),
          wordStarts(text),
          `${text}\n  heard: ${words.map((w) => text.slice(w.charIndex, w.charIndex + w.charLength)).join(' | ')}`,
        );
      }
    });

    if (language === 'uz' || language === 'kaa' || language === 'kk') {
      it('never switches to another language inside the text (eSpeak marks a switch "(en)" in its phonemes)', () => {
        for (const text of corpus(lang)) {
          const phonemes = espeak.phonemes({ text, language });
          assert.doesNotMatch(phonemes, /\([a-z]{2,3}\)/, `${text} → ${phonemes}`);
        }
      });
    }
  });
}

describe('the eSpeak defects the normaliser fixes', () => {
  it('ʼ (U+02BC): raw eSpeak spells the word out in English; normalised, one word with a glottal stop', () => {
    const text = 'maʼlumot';
    assert.match(espeak.phonemes({ text, language: 'uz', raw: true }), /\(en\)/);
    assert.equal(speak(text, 'uz').words.length, 1);
    assert.match(espeak.phonemes({ text, language: 'uz' }), /^\s*m_æ_ʔ_ɫ/);
  });

  it('Cyrillic ш: raw eSpeak Uzbek says /s/; transliterated, /ʃ/', () => {
    assert.match(espeak.phonemes({ text: 'шаҳар', language: 'uz', raw: true }), /^\s*s_/);
    assert.match(espeak.phonemes({ text: 'шаҳар', language: 'uz' }), /^\s*ʃ_/);
  });

  it('ё: raw eSpeak Uzbek says the English words "Cyrillic yo"; transliterated, /jo/', () => {
    const raw = espeak.phonemes({ text: 'ёшлар', language: 'uz', raw: true });
    assert.match(raw, /\(en\)_s_ɪ_ɹ_ˈɪ_l_ɪ_k/);
    assert.match(espeak.phonemes({ text: 'ёшлар', language: 'uz' }), /^\s*j_ˈɑ_ʃ/);
    assert.equal(speak('ёшлар', 'uz').words.length, 1);
  });

  it('<, > and &: read as words of the language, not markup or English', () => {
    const text = 'A & B < C > D';
    assert.match(espeak.phonemes({ text, language: 'uz', raw: true }), /\(en\)/);
    const phonemes = espeak.phonemes({ text, language: 'uz' });
    assert.doesNotMatch(phonemes, /\(en\)/);
    assert.match(phonemes, /ʋ_ˈæ/);
    assert.deepEqual(speak(text, 'uz').words.map((w) => text[w.charIndex]), ['A', '&', 'B', '<', 'C', '>', 'D']);
  });
});
