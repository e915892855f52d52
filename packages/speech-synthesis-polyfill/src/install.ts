import type { AudioOutput } from './audio-output.js';
import type { SpeechEngine } from './engine.js';
import { SpeechSynthesisErrorEvent, SpeechSynthesisEvent } from './events.js';
import { SpeechSynthesis } from './synthesis.js';
import { SpeechSynthesisUtterance } from './utterance.js';
import { SpeechSynthesisVoice } from './voice.js';
import { internal } from './webidl.js';

export interface CreateOptions {
  engines: readonly SpeechEngine[];
  /** Where audio is heard; Web Audio by default. Tests pass `FakeAudioOutput`. */
  output?: AudioOutput;
}

/** A synthesis over the given engines, without touching any global. */
export function createSpeechSynthesis({ engines, output }: CreateOptions): SpeechSynthesis {
  return new SpeechSynthesis(internal, { engines, output });
}

/**
 * - `if-missing`: only where the browser has no `speechSynthesis`, or has it with no voice
 *   at all (then the browser's voices still win if they arrive later, as in `augment`).
 * - `augment`: the browser's voices plus the engines'; an utterance goes to an engine when
 *   its voice is an engine voice or no browser voice speaks its `lang`.
 * - `force`: the engines only.
 */
export type InstallMode = 'if-missing' | 'augment' | 'force';

export interface InstallOptions extends CreateOptions {
  mode?: InstallMode;
}

export interface Installed {
  /** What `window.speechSynthesis` is now. */
  synthesis: globalThis.SpeechSynthesis | SpeechSynthesis;
  /** Whether the polyfill replaced the globals (false: the browser's voices were enough). */
  installed: boolean;
  /** Puts the browser's own globals back. */
  uninstall(): void;
}

const globalNames = ['speechSynthesis', 'SpeechSynthesis', 'SpeechSynthesisUtterance', 'SpeechSynthesisEvent', 'SpeechSynthesisErrorEvent', 'SpeechSynthesisVoice'] as const;

/** Installs the polyfill on `globalThis`, so pages and libraries use it through the standard names. */
export function install({ engines, output, mode = 'if-missing' }: InstallOptions): Installed {
  const scope = globalThis as unknown as Record<string, unknown>;
  const nativeSynthesis = scope.speechSynthesis as globalThis.SpeechSynthesis | undefined;
  const NativeUtterance = scope.SpeechSynthesisUtterance as typeof globalThis.SpeechSynthesisUtterance | undefined;
  const hasNative = !!nativeSynthesis && !!NativeUtterance;
  if (mode === 'if-missing' && hasNative && nativeSynthesis.getVoices().length > 0) {
    return { synthesis: nativeSynthesis, installed: false, uninstall: () => {} };
  }
  const native = mode !== 'force' && hasNative ? { synthesis: nativeSynthesis, Utterance: NativeUtterance } : undefined;
  const synthesis = new SpeechSynthesis(internal, { engines, output, native });
  const saved = globalNames.map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const);
  const interfaces = { SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisEvent, SpeechSynthesisErrorEvent, SpeechSynthesisVoice };
  for (const [name, value] of Object.entries(interfaces)) {
    Object.defineProperty(scope, name, { value, configurable: true, writable: true, enumerable: false });
  }
  // As in browsers, `speechSynthesis` is a read-only accessor (named `get speechSynthesis`).
  const accessor = Object.getOwnPropertyDescriptor({ get speechSynthesis() { return synthesis; } }, 'speechSynthesis')!;
  Object.defineProperty(scope, 'speechSynthesis', { get: accessor.get, enumerable: true, configurable: true });
  return {
    synthesis,
    installed: true,
    uninstall() {
      native?.synthesis.cancel();
      synthesis.cancel();
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(scope, name, descriptor);
        else delete scope[name];
      }
    },
  };
}
