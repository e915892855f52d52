/**
 * One pair of live regions for the whole page (polite and assertive), shared by every
 * component and every copy of the kit, so screen readers never hear the same news twice
 * from two regions.
 *
 * The regions live in light DOM at the end of `<body>`, visually hidden. A message is
 * written a moment after the region is cleared, so repeating the same words later is
 * announced again, while the same words asked for again within `repeatWindow` are dropped
 * (the guard against loops: a component that re-renders and re-announces is heard once).
 */
const regionsKey = Symbol.for('qulay.announcer');
const repeatWindow = 1000;
const writeDelay = 100;

interface Announcer {
  polite: HTMLElement;
  assertive: HTMLElement;
  last: { message: string; at: number };
  timer?: ReturnType<typeof setTimeout>;
}
type AnnouncerGlobal = typeof globalThis & { [regionsKey]?: Announcer };

const hiddenStyle =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';

function createRegion(politeness: 'polite' | 'assertive'): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute('data-qulay-announcer', politeness);
  // role=status/alert carry the right politeness and atomic defaults for every screen reader.
  region.setAttribute('role', politeness === 'polite' ? 'status' : 'alert');
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  // A CSSOM write, not a style attribute in markup: allowed under a strict CSP.
  region.style.cssText = hiddenStyle;
  document.body.append(region);
  return region;
}

function announcer(): Announcer {
  const shared = globalThis as AnnouncerGlobal;
  let current = shared[regionsKey];
  if (!current || !current.polite.isConnected || !current.assertive.isConnected) {
    current = {
      polite: createRegion('polite'),
      assertive: createRegion('assertive'),
      last: { message: '', at: 0 },
    };
    shared[regionsKey] = current;
  }
  return current;
}

/**
 * Announces `message` to screen readers. Polite by default (waits for the user to finish
 * what they hear); `assertive` interrupts, for errors that block the user.
 * @returns false when the message was dropped as a repeat
 */
export function announce(message: string, options: { assertive?: boolean } = {}): boolean {
  const text = message.trim();
  if (!text || typeof document === 'undefined') return false;
  const state = announcer();
  const now = Date.now();
  if (state.last.message === text && now - state.last.at < repeatWindow) return false;
  state.last = { message: text, at: now };
  const target = options.assertive ? state.assertive : state.polite;
  const other = options.assertive ? state.polite : state.assertive;
  clearTimeout(state.timer);
  target.textContent = '';
  other.textContent = '';
  state.timer = setTimeout(() => {
    target.textContent = text;
  }, writeDelay);
  return true;
}

/** The live regions' current text, for tests and debugging. */
export function announcements(): { polite: string; assertive: string } {
  const state = (globalThis as AnnouncerGlobal)[regionsKey];
  return { polite: state?.polite.textContent ?? '', assertive: state?.assertive.textContent ?? '' };
}
