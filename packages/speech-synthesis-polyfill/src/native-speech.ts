import type { SpeechSynthesisErrorCode } from './events.js';
import type { Job } from './routing.js';

export interface NativeSynthesis {
  synthesis: globalThis.SpeechSynthesis;
  Utterance: typeof globalThis.SpeechSynthesisUtterance;
}

/** What the polyfill's queue does with the browser's events. */
export interface NativeHooks {
  /** Fires an event on the page's utterance; `charIndex`/`charLength` are in the spoken text. */
  fire(type: string, init: { charIndex?: number; charLength?: number; name?: string; elapsedTime?: number }): void;
  /** The utterance is over (`end`, or `error` with a code): the queue moves on. */
  finish(error: SpeechSynthesisErrorCode | undefined, elapsedTime: number): void;
}

/**
 * Lets the browser speak a job (`augment` mode, a language its voices speak), forwarding its
 * events to the page's utterance. It is given the spoken text (an SSML document's text), as an
 * engine would be. Resolves when the browser is done with it, or when the job is canceled.
 */
export function speakNative(native: NativeSynthesis, job: Job, hooks: NativeHooks): Promise<void> {
  const { synthesis, Utterance } = native;
  const utterance = new Utterance(job.spoken?.text ?? job.text);
  utterance.lang = job.lang;
  if (job.voice) utterance.voice = job.voice;
  utterance.volume = job.volume;
  utterance.rate = job.rate;
  utterance.pitch = job.pitch;
  return new Promise((resolve) => {
    const done = () => {
      job.nativeCancel = undefined;
      resolve();
    };
    job.nativeCancel = () => {
      synthesis.cancel();
      done();
    };
    const live = () => !job.controller.signal.aborted;
    for (const type of ['start', 'pause', 'resume', 'mark', 'boundary'] as const) {
      utterance.addEventListener(type, (event) => {
        if (!live()) return;
        if (type === 'start') job.started = true;
        // Positions only where they mean a place in the text; start, pause and resume use the
        // last boundary's, as for an engine.
        const at = type === 'mark' || type === 'boundary' ? { charIndex: event.charIndex, charLength: event.charLength } : {};
        hooks.fire(type, { ...at, name: event.name, elapsedTime: event.elapsedTime });
      });
    }
    utterance.addEventListener('end', (event) => {
      if (live()) hooks.finish(undefined, event.elapsedTime);
      done();
    });
    utterance.addEventListener('error', (event) => {
      if (live()) hooks.finish(event.error, event.elapsedTime);
      done();
    });
    synthesis.speak(utterance);
  });
}
