/**
 * Test doubles for the polyfill, for the kit's tests and agencies' own: an engine with no
 * sound and a clock that moves only when the test says.
 *
 *   const clock = new FakeClock();
 *   const synthesis = createSpeechSynthesis({ engines: [new FakeEngine()], output: new FakeAudioOutput(clock) });
 *   synthesis.speak(new SpeechSynthesisUtterance('Salom dunyo'));
 *   await clock.advance(1000);
 */
export { FakeClock, FakeAudioOutput, flush } from './fake-output.js';
export type { FakeAudioOutputOptions } from './fake-output.js';
export { FakeEngine, fakeVoices, wordPattern } from './fake-engine.js';
export type { FakeEngineOptions } from './fake-engine.js';
