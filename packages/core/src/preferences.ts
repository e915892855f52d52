import { warnOnce } from './warn.js';

/** A citizen's accessibility preferences. `auto` follows the system setting. */
export interface Preferences {
  text: 'default' | 'large' | 'x-large';
  contrast: 'auto' | 'high';
  motion: 'auto' | 'reduce';
  reader: boolean;
  readAloud: boolean;
  simplified: boolean;
  /** Speech rate for read-aloud, 0.5 to 2. */
  speechRate: number;
  /** The name of the chosen voice, if the user picked one. */
  voice?: string;
}

export type PreferenceListener = (preferences: Readonly<Preferences>) => void;

export const defaultPreferences: Readonly<Preferences> = Object.freeze({
  text: 'default',
  contrast: 'auto',
  motion: 'auto',
  reader: false,
  readAloud: false,
  simplified: false,
  speechRate: 1,
});

/** Versioned, so a later shape can migrate or ignore this one. */
export const storageKey = 'qulay:preferences:v1';

/** The `<html>` attribute each mode writes, its value when on, and how to read it back. */
const attributeModes = [
  { key: 'text', attribute: 'data-qulay-text', read: (v: string) => (v === 'large' || v === 'x-large' ? v : undefined) },
  { key: 'contrast', attribute: 'data-qulay-contrast', read: (v: string) => (v === 'high' ? v : undefined) },
  { key: 'motion', attribute: 'data-qulay-motion', read: (v: string) => (v === 'reduce' ? v : undefined) },
  { key: 'reader', attribute: 'data-qulay-reader', read: (v: string) => (v === 'on' ? true : undefined) },
  { key: 'readAloud', attribute: 'data-qulay-read-aloud', read: (v: string) => (v === 'on' ? true : undefined) },
  { key: 'simplified', attribute: 'data-qulay-simplified', read: (v: string) => (v === 'on' ? true : undefined) },
] as const;

export const modeAttributes: readonly string[] = attributeModes.map((mode) => mode.attribute);

/** Keeps only valid fields; anything else is reported through `onInvalid`. */
export function validatePreferences(input: unknown, onInvalid: (field: string) => void): Partial<Preferences> {
  const result: Partial<Preferences> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    onInvalid('(whole value)');
    return result;
  }
  const source = input as Record<string, unknown>;
  const oneOf = <T extends string>(key: keyof Preferences, allowed: readonly T[]): T | undefined => {
    const value = source[key];
    if (value === undefined) return undefined;
    if (allowed.includes(value as T)) return value as T;
    onInvalid(key);
    return undefined;
  };
  const flag = (key: keyof Preferences): boolean | undefined => {
    const value = source[key];
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    onInvalid(key);
    return undefined;
  };
  const text = oneOf('text', ['default', 'large', 'x-large'] as const);
  const contrast = oneOf('contrast', ['auto', 'high'] as const);
  const motion = oneOf('motion', ['auto', 'reduce'] as const);
  if (text) result.text = text;
  if (contrast) result.contrast = contrast;
  if (motion) result.motion = motion;
  for (const key of ['reader', 'readAloud', 'simplified'] as const) {
    const value = flag(key);
    if (value !== undefined) result[key] = value;
  }
  if (source.speechRate !== undefined) {
    const rate = Number(source.speechRate);
    if (typeof source.speechRate === 'number' && rate >= 0.5 && rate <= 2) result.speechRate = rate;
    else onInvalid('speechRate');
  }
  if (source.voice !== undefined) {
    if (typeof source.voice === 'string' && source.voice.length <= 200) result.voice = source.voice;
    else onInvalid('voice');
  }
  return result;
}

function openStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = `${storageKey}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    warnOnce(
      undefined,
      'localStorage is not available (private mode or a sandboxed frame), so accessibility choices last only for this page.',
    );
    return null;
  }
}

/**
 * The preferences store. It starts from the defaults, adopts `data-qulay-*` attributes a
 * page rendered on `<html>`, then applies the choices this browser stored (the user's
 * latest word wins). `set()` persists explicit choices, writes the attributes and notifies
 * subscribers; other tabs follow through the `storage` event.
 */
export class PreferenceStore {
  private state: Preferences = { ...defaultPreferences };
  /** The fields the user chose explicitly: only these are stored. */
  private chosen: Partial<Preferences> = {};
  /** What the page itself rendered on `<html>` (a server-side choice): the baseline under the user's choices. */
  private readonly pageDefaults: Partial<Preferences>;
  private readonly listeners = new Set<PreferenceListener>();
  private readonly storage: Storage | null;
  private observer?: MutationObserver;
  private writingAttributes = false;

  constructor(private readonly root: HTMLElement = document.documentElement) {
    this.storage = openStorage();
    this.pageDefaults = this.readAttributes();
    this.chosen = this.readStorage();
    this.state = { ...defaultPreferences, ...this.pageDefaults, ...this.chosen };
    this.writeAttributes();
    window.addEventListener('storage', (event) => {
      if (event.key === storageKey || event.key === null) this.adoptStored();
    });
    this.observer = new MutationObserver(() => this.adoptAttributes());
    this.observer.observe(root, { attributes: true, attributeFilter: [...modeAttributes] });
  }

  /** The current preferences (a copy). */
  get(): Preferences {
    return { ...this.state };
  }

  /** Changes some preferences as the user's explicit choice: persisted, applied, announced to subscribers. */
  set(partial: Partial<Preferences>): void {
    const valid = validatePreferences(partial, (field) =>
      warnOnce(undefined, `preferences.set(): ${field} has an invalid value and was ignored.`),
    );
    this.chosen = { ...this.chosen, ...valid };
    this.update({ ...this.state, ...valid });
    this.persist();
  }

  /** Forgets every explicit choice: back to what the page rendered, else the defaults (and the system settings). */
  reset(): void {
    this.chosen = {};
    try {
      this.storage?.removeItem(storageKey);
    } catch {
      // Storage went away: nothing to forget.
    }
    this.update({ ...defaultPreferences, ...this.pageDefaults });
  }

  /** Calls `listener` on every change; returns the function that unsubscribes. */
  subscribe(listener: PreferenceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether the system asks for more contrast, forced colours or less motion right now. */
  system(): { contrastMore: boolean; forcedColors: boolean; reducedMotion: boolean } {
    const matches = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;
    return {
      contrastMore: matches('(prefers-contrast: more)'),
      forcedColors: matches('(forced-colors: active)'),
      reducedMotion: matches('(prefers-reduced-motion: reduce)'),
    };
  }

  private update(next: Preferences): void {
    const changed = (Object.keys({ ...next, ...this.state }) as (keyof Preferences)[]).some(
      (key) => next[key] !== this.state[key],
    );
    this.state = next;
    this.writeAttributes();
    if (changed) for (const listener of [...this.listeners]) listener(this.get());
  }

  private persist(): void {
    if (!this.storage) return;
    try {
      this.storage.setItem(storageKey, JSON.stringify(this.chosen));
    } catch {
      warnOnce(undefined, 'could not save accessibility choices (storage is full or blocked).');
    }
  }

  private readStorage(): Partial<Preferences> {
    let raw: string | null;
    try {
      raw = this.storage?.getItem(storageKey) ?? null;
    } catch {
      return {};
    }
    if (raw === null) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const invalid: string[] = [];
    const valid = validatePreferences(parsed, (field) => invalid.push(field));
    if (invalid.length) {
      warnOnce(
        undefined,
        `stored accessibility choices under "${storageKey}" were unreadable (${invalid.join(', ')}); using the defaults for those.`,
      );
    }
    return valid;
  }

  private adoptStored(): void {
    this.chosen = this.readStorage();
    this.update({ ...defaultPreferences, ...this.pageDefaults, ...this.chosen });
  }

  /** The page changed a `data-qulay-*` attribute itself: follow it, without storing it. */
  private adoptAttributes(): void {
    if (this.writingAttributes) return;
    const fromPage = this.readAttributes();
    const next = { ...this.state };
    for (const { key } of attributeModes) {
      (next as Record<string, unknown>)[key] = fromPage[key] ?? defaultPreferences[key];
    }
    this.update(next);
  }

  private readAttributes(): Partial<Preferences> {
    const result: Record<string, unknown> = {};
    for (const { key, attribute, read } of attributeModes) {
      const value = this.root.getAttribute(attribute);
      const parsed = value === null ? undefined : read(value);
      if (parsed !== undefined) result[key] = parsed;
    }
    return result as Partial<Preferences>;
  }

  private writeAttributes(): void {
    this.writingAttributes = true;
    const values: Record<string, string | null> = {
      'data-qulay-text': this.state.text === 'default' ? null : this.state.text,
      'data-qulay-contrast': this.state.contrast === 'high' ? 'high' : null,
      'data-qulay-motion': this.state.motion === 'reduce' ? 'reduce' : null,
      'data-qulay-reader': this.state.reader ? 'on' : null,
      'data-qulay-read-aloud': this.state.readAloud ? 'on' : null,
      'data-qulay-simplified': this.state.simplified ? 'on' : null,
    };
    for (const [attribute, value] of Object.entries(values)) {
      if (value === null) this.root.removeAttribute(attribute);
      else if (this.root.getAttribute(attribute) !== value) this.root.setAttribute(attribute, value);
    }
    // MutationObserver callbacks run later; drop the records this write produced.
    this.observer?.takeRecords();
    this.writingAttributes = false;
  }
}

const storeKey = Symbol.for('qulay.preferences');
type StoreGlobal = typeof globalThis & { [storeKey]?: PreferenceStore };

/**
 * The page's one preferences store, created on first use and shared by every copy of the
 * kit on the page (two copies must not fight over `<html>`).
 */
export function getPreferences(): PreferenceStore {
  const shared = globalThis as StoreGlobal;
  return (shared[storeKey] ??= new PreferenceStore());
}
