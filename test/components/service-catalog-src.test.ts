import { expect, fixture, html } from '@open-wc/testing';
import '@qulay/elements/define/qulay-service-catalog.js';
import type { QulayServiceCatalog } from '@qulay/elements';
import { captureWarnings, resetPage } from '../helpers.js';

// A change of `src` while a list is still loading: the late answer for the earlier src must
// never replace what the catalog shows now. The real fetch runs; the test only holds it back
// until the src has changed, so the order of events is the same on every run.

const { services } = (await (await fetch('/test/fixtures/services.json')).json()) as { services: Array<Record<string, unknown>> };

/** Holds every fetch until `release()`, recording the abort signal each was given and its outcome. */
function holdFetches() {
  const original = window.fetch;
  const signals: (AbortSignal | null | undefined)[] = [];
  const outcomes: Promise<unknown>[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = (input, init) => {
    signals.push(init?.signal);
    const outcome = gate.then(() => original(input, init));
    outcomes.push(outcome.then((response) => response.clone().text(), () => undefined));
    return outcome;
  };
  return { signals, outcomes, release, restore: () => (window.fetch = original) };
}

/**
 * Waits until every fetch the catalog made has answered (or failed) and its body was read,
 * then until the catalog and its cards have rendered what followed: no fixed sleep.
 */
async function settle(element: QulayServiceCatalog, outcomes: Promise<unknown>[] = []) {
  await Promise.all(outcomes);
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
  }
  await Promise.all([...element.querySelectorAll('qulay-service-card')].map((card) => card.updateComplete));
}

/** A catalog showing one service from its property, now loading the ten of the fixture file. */
async function loadingCatalog() {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('qulay-service-catalog') as QulayServiceCatalog;
  element.services = [services[0]];
  element.setAttribute('service-href', '/services/{id}');
  root.append(element);
  await settle(element);
  expect(element.querySelectorAll('qulay-service-card')).to.have.length(1);
  element.src = '/test/fixtures/services.json';
  await element.updateComplete;
  return element;
}

describe('<qulay-service-catalog> when src changes during a load', () => {
  let held: ReturnType<typeof holdFetches>;
  beforeEach(() => (held = holdFetches()));
  afterEach(async () => {
    held.restore();
    await resetPage();
  });

  it('control: with src unchanged, the held load does arrive (10 services)', async () => {
    const element = await loadingCatalog();
    held.release();
    await settle(element, held.outcomes);
    expect(element.querySelectorAll('qulay-service-card')).to.have.length(10);
  });

  it('a refused src cancels the load under way: one warning, and the late list never shows', async () => {
    const element = await loadingCatalog();
    const warnings = await captureWarnings(async () => {
      element.src = 'javascript:alert(1)';
      await element.updateComplete;
      held.release();
      await settle(element, held.outcomes);
    });
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.contain('<qulay-service-catalog>').and.to.contain('src="javascript:alert(1)"');
    expect(held.signals[0]?.aborted, 'the fetch itself is aborted').to.equal(true);
    expect(element.querySelectorAll('qulay-service-card'), 'the services property, not the late list').to.have.length(1);
    expect(element.querySelector('[role="alert"]'), 'no load error shown for a cancelled load').to.equal(null);
  });

  it('an emptied src cancels the load under way: the late list never shows', async () => {
    const element = await loadingCatalog();
    element.removeAttribute('src');
    element.src = undefined;
    await element.updateComplete;
    held.release();
    await settle(element, held.outcomes);
    expect(held.signals[0]?.aborted).to.equal(true);
    expect(element.querySelectorAll('qulay-service-card')).to.have.length(1);
    expect(element.querySelector('[role="alert"]')).to.equal(null);
  });

  it('a second src wins over the first: its error shows, not the first list', async () => {
    const element = await loadingCatalog();
    element.src = '/no-such-file.json';
    await element.updateComplete;
    held.release();
    await settle(element, held.outcomes);
    expect(held.signals[0]?.aborted).to.equal(true);
    expect(element.querySelector('[role="alert"]')).to.exist;
    expect(element.querySelectorAll('qulay-service-card')).to.have.length(0);
  });

  it('keeps the list from src when the services property is set meanwhile (src wins while it is set)', async () => {
    const element = await loadingCatalog();
    held.release();
    await settle(element, held.outcomes);
    expect(element.querySelectorAll('qulay-service-card')).to.have.length(10);
    element.services = [services[1]];
    await settle(element);
    expect(element.querySelectorAll('qulay-service-card')).to.have.length(10);
  });
});
