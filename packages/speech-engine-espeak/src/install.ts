/**
 * The one line for agencies: `<script type="module" src="…/qulay-espeak.js"></script>`.
 * Installs the speech-synthesis polyfill with the eSpeak engine in `augment` mode: the
 * browser's own voices keep Russian and English where it has them; Uzbek, Karakalpak and
 * Kazakh go to eSpeak. Nothing heavy loads until the first `speak()`.
 */
import { install } from '@qulay/speech-synthesis-polyfill';
import { createEspeakEngine } from './engine.js';

const key = Symbol.for('qulay.espeak.installed');
const scope = globalThis as typeof globalThis & { [key]?: boolean };
if (!scope[key]) {
  scope[key] = true;
  install({ engines: [createEspeakEngine()], mode: 'augment' });
}
