import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defaultPreferences, PreferenceStore, preferencesStorageKey, type Preferences } from '@qulay/core';
import { captureWarnings, setMode } from '../helpers.js';

const root = document.documentElement;
const modeAttributes = () =>
  Object.fromEntries([...root.attributes].filter((a) => a.name.startsWith('data-qulay-') && a.name !== 'data-qulay-lang').map((a) => [a.name, a.value]));

describe('PreferenceStore', () => {
  beforeEach(() => {
    localStorage.clear();
    setMode({});
  });
  afterEach(async () => {
    localStorage.clear();
    setMode({});
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('starts from the defaults and writes no attribute', () => {
    const store = new PreferenceStore();
    expect(store.get()).to.deep.equal(defaultPreferences);
    expect(modeAttributes()).to.deep.equal({});
  });

  it('set() writes the <html> attributes, persists, and notifies subscribers', () => {
    const store = new PreferenceStore();
    const seen: Preferences[] = [];
    const unsubscribe = store.subscribe((p) => seen.push(p));
    store.set({ text: 'x-large', contrast: 'high', motion: 'reduce', reader: true, readAloud: true, simplified: true, speechRate: 1.5 });
    expect(modeAttributes()).to.deep.equal({
      'data-qulay-text': 'x-large',
      'data-qulay-contrast': 'high',
      'data-qulay-motion': 'reduce',
      'data-qulay-reader': 'on',
      'data-qulay-read-aloud': 'on',
      'data-qulay-simplified': 'on',
    });
    expect(seen).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(preferencesStorageKey)!)).to.include({ text: 'x-large', speechRate: 1.5 });
    unsubscribe();
    store.set({ text: 'large' });
    expect(seen).to.have.length(1);
  });

  it('a new store on the next page load restores the stored choices', () => {
    new PreferenceStore().set({ text: 'large', simplified: true });
    setMode({});
    const reloaded = new PreferenceStore();
    expect(reloaded.get()).to.include({ text: 'large', simplified: true });
    expect(root.getAttribute('data-qulay-text')).to.equal('large');
  });

  it('reset() forgets every choice and removes the attributes', () => {
    const store = new PreferenceStore();
    store.set({ text: 'large', contrast: 'high' });
    store.reset();
    expect(store.get()).to.deep.equal(defaultPreferences);
    expect(modeAttributes()).to.deep.equal({});
    expect(localStorage.getItem(preferencesStorageKey)).to.equal(null);
  });

  it('adopts attributes the page rendered, and the user\'s stored choice wins over them', () => {
    setMode({ 'data-qulay-text': 'large', 'data-qulay-contrast': 'high' });
    expect(new PreferenceStore().get()).to.include({ text: 'large', contrast: 'high' });
    localStorage.setItem(preferencesStorageKey, JSON.stringify({ text: 'x-large' }));
    setMode({ 'data-qulay-text': 'large', 'data-qulay-contrast': 'high' });
    const store = new PreferenceStore();
    expect(store.get()).to.include({ text: 'x-large', contrast: 'high' });
    store.reset();
    expect(store.get()).to.include({ text: 'large', contrast: 'high' });
  });

  it('follows attributes a page script changes later, without storing them', async () => {
    const store = new PreferenceStore();
    const seen: Preferences[] = [];
    store.subscribe((p) => seen.push(p));
    root.setAttribute('data-qulay-reader', 'on');
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.get().reader).to.equal(true);
    expect(seen).to.have.length(1);
    expect(localStorage.getItem(preferencesStorageKey)).to.equal(null);
  });

  it('follows another tab through the storage event', () => {
    const store = new PreferenceStore();
    localStorage.setItem(preferencesStorageKey, JSON.stringify({ contrast: 'high', readAloud: true }));
    window.dispatchEvent(new StorageEvent('storage', { key: preferencesStorageKey }));
    expect(store.get()).to.include({ contrast: 'high', readAloud: true });
    expect(root.getAttribute('data-qulay-contrast')).to.equal('high');
  });

  it('survives corrupt or foreign stored data with one warning', async () => {
    const cases: Array<[string, number]> = [
      ['{not json', 1],
      // The same problem again on this page is not repeated.
      ['"a string"', 0],
      ['[1,2]', 0],
      [JSON.stringify({ text: 'giant', reader: 'yes', speechRate: 9, contrast: 'high' }), 1],
    ];
    for (const [stored, expectedWarnings] of cases) {
      localStorage.setItem(preferencesStorageKey, stored);
      let store!: PreferenceStore;
      const warnings = await captureWarnings(() => (store = new PreferenceStore()));
      expect(warnings, stored).to.have.length(expectedWarnings);
      expect(store.get().text, stored).to.equal('default');
      expect(store.get().reader).to.equal(false);
      if (stored.includes('giant')) {
        expect(store.get().contrast).to.equal('high');
        expect(warnings[0]).to.contain('text, reader, speechRate');
      }
    }
  });

  it('keeps working when localStorage is blocked', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      let store!: PreferenceStore;
      const warnings = await captureWarnings(() => {
        store = new PreferenceStore();
        store.set({ text: 'large' });
      });
      expect(warnings.filter((w) => w.includes('localStorage'))).to.have.length(1);
      expect(store.get().text).to.equal('large');
      expect(root.getAttribute('data-qulay-text')).to.equal('large');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('ignores invalid values passed to set(), with a warning', async () => {
    const store = new PreferenceStore();
    const warnings = await captureWarnings(() => store.set({ text: 'huge' as never, speechRate: 5 }));
    expect(store.get()).to.include({ text: 'default', speechRate: 1 });
    expect(warnings.join('\n')).to.contain('text').and.to.contain('speechRate');
  });

  it('reports the system settings', async () => {
    const store = new PreferenceStore();
    expect(store.system().reducedMotion).to.equal(false);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(store.system().reducedMotion).to.equal(true);
  });
});
