// Where focus is after Send: a screen-reader user hears the outcome and keeps their place.
// Nothing sent (a refusal, not saved, no endpoint): focus stays on Send and the alert speaks.
// Sent or saved for later: focus moves to the thanks, which says which it was.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clear, createStore, keys } from 'idb-keyval';
import type { QulayFeedback } from '@qulay/elements';
import { captureWarnings, resetPage } from '../helpers.js';
import { choose, feedback, notSaved, notSentHere, typeComment } from './feedback-fixtures.js';

const store = createStore('qulay-feedback', 'outbox');

/** Mounts a block, answers, types, focuses Send and presses Enter with `fetch` standing in. */
async function pressSend(fetchStub: typeof window.fetch | undefined, until: (element: QulayFeedback) => unknown, endpoint = '/api/feedback') {
  const { element, $ } = await feedback(html`<qulay-feedback service="s" endpoint=${endpoint}></qulay-feedback>`);
  await choose(element, 'no');
  await typeComment(element, 'Navbat uzun');
  const send = $<HTMLButtonElement>('button[type="submit"]');
  const original = window.fetch;
  if (fetchStub) window.fetch = fetchStub;
  try {
    send.focus();
    await captureWarnings(async () => {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => until(element), 'the block says what happened');
      await element.updateComplete;
    });
  } finally {
    window.fetch = original;
  }
  return { element, $, send };
}

/** A network answer takes time (100 ms here), so the page renders "Sending…" (and fixes up focus) first. */
const later = async <T>(value: () => T | Promise<T>): Promise<T> => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  return value();
};

/** An element as a short string: a failed comparison of two DOM nodes is too big to report. */
const where = (element: Element | null | undefined) => (element ? `<${element.localName}> ${element.textContent!.trim().slice(0, 60)}` : 'nothing');

const alertOf = (element: QulayFeedback) => element.querySelector('[role="alert"]');

describe('<qulay-feedback> focus after Send', () => {
  beforeEach(() => clear(store));
  afterEach(async () => {
    await resetPage();
    await clear(store);
  });

  it('a refusal (422): focus stays on Send, the alert says why, the text stays', async () => {
    const { element, send } = await pressSend(
      () => later(() => new Response('{"message":"Izoh juda uzun"}', { status: 422, headers: { 'content-type': 'application/json' } })),
      alertOf,
    );
    expect(alertOf(element)!.textContent).to.equal('Izoh juda uzun');
    expect(where(document.activeElement), 'not <body>').to.equal(where(send));
    expect(send.getAttribute('aria-disabled')).to.equal(null);
    expect(element.querySelector('textarea')!.value).to.equal('Navbat uzun');
  });

  it('a server failure (503): saved, focus on the "Saved" message', async () => {
    const { element } = await pressSend(() => later(() => new Response('', { status: 503 })), (e) => e.querySelector('.done'));
    expect(where(document.activeElement)).to.equal(where(element.querySelector('.done')));
    expect(document.activeElement!.textContent).to.match(/Saved\. It will be sent when you are back online\./);
  });

  it('not saved (network down, storage refused): focus stays on Send, the alert says so', async () => {
    const put = IDBObjectStore.prototype.put;
    const setItem = Storage.prototype.setItem;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const { element, send } = await pressSend(() => later(() => Promise.reject(new TypeError('Failed to fetch'))), alertOf);
      expect(alertOf(element)!.textContent).to.match(notSaved.en);
      expect(where(document.activeElement), 'not <body>').to.equal(where(send));
    } finally {
      IDBObjectStore.prototype.put = put;
      Storage.prototype.setItem = setItem;
    }
  });

  it('no endpoint: focus stays on Send, the alert says it could not be sent from this page', async () => {
    const { element, send } = await pressSend(undefined, alertOf, '');
    expect(alertOf(element)!.textContent).to.match(notSentHere.en);
    expect(where(document.activeElement)).to.equal(where(send));
  });

  it('while sending, Send keeps focus and says it is busy; a second press sends nothing more', async () => {
    let release!: () => void;
    let calls = 0;
    const { element, send } = await pressSend(
      () => {
        calls++;
        return new Promise<Response>((resolve) => (release = () => resolve(new Response(null, { status: 204 }))));
      },
      () => calls === 1,
    );
    try {
      await element.updateComplete;
      await later(() => undefined);
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      expect(where(document.activeElement)).to.equal(where(send));
      await sendKeys({ press: 'Enter' });
      expect(calls).to.equal(1);
    } finally {
      release();
    }
    await waitUntil(() => element.querySelector('.done'), 'sent');
    expect(where(document.activeElement)).to.equal(where(element.querySelector('.done')));
  });

  // A rate limiter or a proxy timeout on the first send is "not now", not "never": saved.
  for (const status of [408, 425, 429]) {
    it(`a ${status} on the first send saves the feedback for later`, async () => {
      const { element } = await pressSend(() => later(() => new Response('{"message":"slow down"}', { status, headers: { 'content-type': 'application/json' } })), (e) => e.querySelector('.done') ?? alertOf(e));
      expect(alertOf(element)?.textContent ?? 'no alert', 'no refusal shown').to.equal('no alert');
      expect(document.activeElement!.textContent).to.match(/Saved\. It will be sent when you are back online\./);
      expect(await keys(store)).to.have.length(1);
    });
  }
});
