// Installed exactly as an agency would: the one-file script, in `augment` mode.
import '/packages/speech-engine-espeak/dist/qulay-espeak.js';

/** Milliseconds from `speak()` to the first word boundary, which follows the audio clock. */
window.timeToFirstWord = (text, lang) =>
  new Promise((resolve, reject) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    let first;
    const start = performance.now();
    utterance.onboundary = (event) => {
      if (event.name !== 'word' || first !== undefined) return;
      first = performance.now() - start;
      speechSynthesis.cancel();
      resolve(first);
    };
    utterance.onerror = (event) => {
      if (first === undefined) reject(new Error(event.error));
    };
    speechSynthesis.speak(utterance);
  });
window.benchReady = true;
