// What the form-steps test files share: mounting a form, waiting, and reading what the citizen sees.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@qulay/elements/define/qulay-form-steps.js';
import type { QulayFormSteps } from '@qulay/elements';
import { resetPage } from '../helpers.js';

/** Mounts `template` (a `<qulay-form-steps>`) in a wrapper and waits for the kit's setup. */
export async function mountSteps(template: TemplateResult) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = root.querySelector('qulay-form-steps') as QulayFormSteps;
  // The kit sets up in a microtask after connecting; one macrotask later it is done.
  await tick();
  await element.updateComplete;
  return { root, element, form: root.querySelector('form')! };
}

export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The step a person sees: rendered and not hidden by any CSS, the page's included (a check of
 * `hidden` alone would miss page CSS that shows a hidden step).
 */
export const visibleStep = (root: HTMLElement) => [...root.querySelectorAll('qulay-form-step')].findIndex((s) => s.checkVisibility());

/** The kit's one submit button: Continue, then Submit application. */
export const submitButton = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('[data-qulay-steps="nav"] button[type="submit"]')!;

/** A native submit would leave the test page; the suites stop it (a test may lift it for a moment). */
export const stayOnPage = (event: Event) => event.preventDefault();

/**
 * The hooks every form-steps suite needs: no native submit leaves the page, and each test
 * starts with no draft, no `#step-n` in the URL and the page in English, default mode.
 */
export function cleanPageBetweenTests(): void {
  const clean = () => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  };
  before(() => window.addEventListener('submit', stayOnPage));
  after(() => window.removeEventListener('submit', stayOnPage));
  beforeEach(clean);
  afterEach(async () => {
    clean();
    await resetPage();
  });
}
