// What each component is given before it is fuzzed, and what "still renders its content"
// means for it. A component with no entry here (one added after this file) gets a paragraph
// of content and the generic check, so the fuzz covers it the day it appears in the manifest.

/** The payload the fuzz sets: it must never become an element, nor run. */
export const imgPayload = '<img src=x onerror="window.qulayFuzzExecuted=true">';

/** The bad values, each with a short label for the failure list. */
export const badValues: { label: string; value: string }[] = [
  { label: 'empty', value: '' },
  { label: 'spaces', value: '   ' },
  { label: 'NaN', value: 'NaN' },
  { label: '-1', value: '-1' },
  { label: '1e309', value: '1e309' },
  { label: '10,000 characters', value: 'x'.repeat(10_000) },
  { label: 'control characters', value: '\u0000\u0007\b\u001b[31m\u007f\u0085\u2028' },
  { label: '<img onerror>', value: imgPayload },
  { label: 'right-to-left override', value: '\u202Egnp.exe\u202C' },
  { label: 'unknown enum', value: 'qulay-no-such-value' },
];

/** Values a framework can also hand a property (React 19 and Vue 3 set properties). */
export const badPropertyValues: { label: string; value: unknown }[] = [
  ...badValues,
  { label: 'number NaN', value: Number.NaN },
  { label: 'number -1', value: -1 },
  { label: 'number Infinity', value: Number.POSITIVE_INFINITY },
  { label: 'null', value: null },
  { label: 'undefined', value: undefined },
];

interface Fixture {
  /** Trusted test markup put inside the element before it connects. */
  content?: string;
  /** Attributes set before the fuzzed one. */
  attributes?: Record<string, string>;
  /** Properties set before connection. */
  properties?: Record<string, unknown>;
  /** '' when the element shows its content; otherwise what is missing. */
  renders: (element: HTMLElement) => string;
}

const service = {
  id: 'fuzz-service',
  name: { en: 'Fuzz service' },
  agency: { en: 'Fuzz agency' },
  feeBhm: { individual: 0, legal: 0 },
  term: { value: 0, unit: 'instant' },
  channels: ['web'],
  applicants: ['individual'],
  type: 'g2c',
};

const shadow = (element: HTMLElement, selector: string) => element.shadowRoot?.querySelector(selector) ?? null;
const visible = (element: Element | null) => !!element && element.checkVisibility();
const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

export const fixtures: Record<string, Fixture> = {
  'qulay-skip-link': {
    renders: (el) => (text(shadow(el, 'a')) || shadow(el, 'slot') ? '' : 'no link in the shadow root'),
  },
  'qulay-listen': {
    content: '<p>Fuzz content to read.</p>',
    attributes: { always: '' },
    renders: (el) =>
      !shadow(el, 'button') ? 'no Listen button' : !visible(el.querySelector('p')) ? 'its content is not visible' : '',
  },
  'qulay-a11y-panel': {
    renders: (el) => (text(shadow(el, '[part~="toggle"]')) ? '' : 'no Accessibility button'),
  },
  'qulay-service-card': {
    content: '<span slot="title">Fuzz title</span> Fuzz description.',
    attributes: { href: '/services/fuzz' },
    renders: (el) =>
      !shadow(el, '[part~="card"]')
        ? 'no card'
        : !shadow(el, '[part~="title"] slot[name="title"]')
          ? 'no title heading'
          : !visible(el.querySelector('[slot="title"]'))
            ? 'title not visible'
            : '',
  },
  'qulay-service-catalog': {
    properties: { services: [service] },
    renders: (el) =>
      !el.querySelector('search input')
        ? 'no search box'
        : !el.querySelector('.results li, .error, .status, .empty')
          ? 'no results, error or status'
          : '',
  },
  'qulay-rating': {
    attributes: { label: 'Fuzz rating' },
    renders: (el) => (shadow(el, '[role="radio"], [role="img"]') ? '' : 'no stars'),
  },
  'qulay-feedback': {
    content: '<form action="/fallback" method="post"><p>Agency fallback form</p><button>Send</button></form>',
    renders: (el) =>
      el.querySelectorAll('[data-qulay-feedback] button[name="useful"]').length !== 2
        ? 'no "Was this service useful?" question'
        : visible(el.querySelector('form[action="/fallback"]'))
          ? 'the agency fallback form is visible'
          : '',
  },
  'qulay-login-button': {
    attributes: { href: '/signin', provider: 'oneid' },
    renders: (el) => (text(shadow(el, 'a, .disabled, .signed-in')) ? '' : 'no sign-in link'),
  },
  'qulay-login-options': {
    content: '<qulay-login-button provider="oneid" href="/signin"></qulay-login-button>',
    renders: (el) =>
      !text(shadow(el, '[part~="heading"]')) ? 'no heading' : !el.querySelector('qulay-login-button') ? 'lost its buttons' : '',
  },
  'qulay-form-steps': {
    content:
      '<form action="/apply" method="post">' +
      '<qulay-form-step heading="One"><label for="fuzz-name">Name</label><input id="fuzz-name" name="name"></qulay-form-step>' +
      '<qulay-form-step heading="Two"><p>Second step</p></qulay-form-step>' +
      '<button type="submit">Send</button></form>',
    renders: (el) => {
      const shown = [...el.querySelectorAll('qulay-form-step')].filter((step) => visible(step));
      const next = el.querySelector('[data-qulay-steps="nav"] button[type="submit"]');
      return shown.length !== 1 ? `${shown.length} steps visible, not 1` : !visible(next) || !text(next) ? 'no Continue button' : '';
    },
  },
  'qulay-form-step': {
    content: '<p>Fuzz content</p>',
    renders: (el) => (visible(el.querySelector('p')) ? '' : 'its content is not visible'),
  },
};

/** A component with no fixture yet: it must keep its light content or render a shadow root. */
export const genericFixture: Fixture = {
  content: '<p>Fuzz content</p>',
  renders: (el) => (el.querySelector('p') || el.shadowRoot?.querySelector('*') ? '' : 'renders nothing'),
};

/** Every element in `root`, through every open shadow root. */
export function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}
