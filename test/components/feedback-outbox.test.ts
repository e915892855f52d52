// The feedback outbox reads its items back from IndexedDB, where any script on the origin (or
// a person with devtools) can change them: it must only ever fetch an http(s) URL.
import { expect, waitUntil } from '@open-wc/testing';
import { clear, createStore, entries, set } from 'idb-keyval';
import type { FeedbackDelivered } from '@qulay/elements';
// From the source module itself: scheduledRetry() is for tests, not part of the package's API.
import { flushOutbox, scheduledRetry, startOutbox } from '../../packages/elements/src/feedback/feedback-send.js';
import { captureWarnings } from '../helpers.js';

const store = createStore('qulay-feedback', 'outbox');

/** Runs `run` with fetch answering `status` and recording every URL asked for. */
async function withFetch(status: number, run: () => Promise<void>, headers: Record<string, string> = {}): Promise<string[]> {
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return new Response(status === 204 ? null : '{}', { status, headers });
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return urls;
}

describe('feedback outbox', () => {
  beforeEach(() => clear(store));
  afterEach(() => clear(store));

  it('fetches only http(s) endpoints; a tampered entry is dropped with a warning, never fetched', async () => {
    await set('good', { key: 'good', endpoint: '/api/feedback', body: { comment: 'ok' }, tries: 1 }, store);
    for (const [key, endpoint] of [
      ['script', 'javascript:alert(1)'],
      ['tabbed', 'java\tscript:alert(1)'],
      ['data', 'data:text/html,<script>alert(1)</script>'],
      ['not-a-string', 42],
    ] as const) {
      await set(key, { key, endpoint, body: {}, tries: 1 }, store);
    }
    const delivered: FeedbackDelivered[] = [];
    const listener = (event: WindowEventMap['qulay-feedback-delivered']) => delivered.push(event.detail);
    window.addEventListener('qulay-feedback-delivered', listener);
    let warnings: string[] = [];
    const urls = await withFetch(204, async () => {
      warnings = await captureWarnings(() => flushOutbox());
    });
    window.removeEventListener('qulay-feedback-delivered', listener);
    expect(urls).to.deep.equal([new URL('/api/feedback', location.href).href]);
    expect(await entries(store), 'nothing is left to retry').to.deep.equal([]);
    expect(warnings).to.have.length(4);
    expect(warnings.every((w) => w.includes('refused endpoint'))).to.equal(true);
    const good = delivered.find((d) => d.key === 'good');
    expect(good?.result).to.deep.equal({ kind: 'sent' });
    expect(delivered.filter((d) => d.result.kind === 'rejected')).to.have.length(4);
  });

  it('qulay-feedback-delivered bubbles, is composed and carries a typed detail', async () => {
    await set('k1', { key: 'k1', endpoint: '/api/feedback', body: {}, tries: 1 }, store);
    let event: CustomEvent<FeedbackDelivered> | undefined;
    window.addEventListener('qulay-feedback-delivered', (e) => (event = e), { once: true });
    await withFetch(204, () => flushOutbox().then(() => undefined));
    expect(event?.bubbles).to.equal(true);
    expect(event?.composed).to.equal(true);
    expect(event?.detail).to.deep.equal({ key: 'k1', result: { kind: 'sent' } });
  });

  it('a tampered retry count cannot turn the backoff into a loop', async () => {
    await set('k2', { key: 'k2', endpoint: '/api/feedback', body: {}, tries: 'many' }, store);
    const urls = await withFetch(503, () => flushOutbox().then(() => undefined));
    expect(urls).to.have.length(1);
    const [[, item]] = await entries(store);
    expect((item as { tries: unknown }).tries).to.equal(1);
    // The retry waits its first backoff, 5 s, not a NaN (zero) delay.
    expect(scheduledRetry()).to.equal(5000);
  });

  it('IndexedDB failing part-way: one warning, no unhandled rejection, the item waits', async () => {
    await set('k3', { key: 'k3', endpoint: '/api/feedback', body: {}, tries: 1 }, store);
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      rejections.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      await withFetch(503, async () => {
        startOutbox();
        await waitUntil(() => warnings.length + rejections.length > 0, 'the failure is reported somewhere');
        // An unhandled rejection is reported a task after the promise settles.
        await new Promise((resolve) => setTimeout(resolve));
      });
    } finally {
      console.warn = warn;
      IDBObjectStore.prototype.put = put;
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(rejections.map(String)).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('feedback outbox').and.to.contain('quota has been exceeded');
    expect((await entries(store)).map(([key]) => key), 'the submission is still waiting').to.deep.equal(['k3']);
  });

  // The citizen was told "Saved. It will be sent when you are back online.": a rate limiter or
  // a proxy saying "not now" must not make the kit throw it away.
  for (const status of [408, 425, 429]) {
    it(`a ${status} on a retry keeps the item and tries again later`, async () => {
      await set('k4', { key: 'k4', endpoint: '/api/feedback', body: {}, tries: 1 }, store);
      const delivered: FeedbackDelivered[] = [];
      const listener = (event: WindowEventMap['qulay-feedback-delivered']) => delivered.push(event.detail);
      window.addEventListener('qulay-feedback-delivered', listener);
      let warnings: string[] = [];
      await withFetch(status, async () => {
        warnings = await captureWarnings(() => flushOutbox());
      });
      window.removeEventListener('qulay-feedback-delivered', listener);
      expect(delivered, 'nothing was delivered or dropped').to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('dropped'))).to.deep.equal([]);
      const [[key, item]] = await entries(store);
      expect(key).to.equal('k4');
      expect((item as { tries: number }).tries).to.equal(2);
      expect(scheduledRetry()).to.equal(10000);
    });
  }

  it('a 400 is still the server\'s final word: dropped with a warning', async () => {
    await set('k5', { key: 'k5', endpoint: '/api/feedback', body: {}, tries: 1 }, store);
    const warnings = await captureWarnings(() => withFetch(400, () => flushOutbox().then(() => undefined)).then(() => undefined));
    expect(await entries(store)).to.deep.equal([]);
    expect(warnings.some((w) => w.includes('refused by the server (400)'))).to.equal(true);
  });

  it('Retry-After is honoured in seconds or as a date, within one hour', async () => {
    await set('k6', { key: 'k6', endpoint: '/api/feedback', body: {}, tries: 1 }, store);
    await withFetch(429, () => flushOutbox().then(() => undefined), { 'retry-after': '120' });
    expect(scheduledRetry(), 'two minutes, not the 10 s backoff').to.equal(120_000);
    await withFetch(503, () => flushOutbox().then(() => undefined), { 'retry-after': '864000' });
    expect(scheduledRetry(), 'ten days is capped at an hour').to.equal(3_600_000);
    await withFetch(429, () => flushOutbox().then(() => undefined), { 'retry-after': 'soon' });
    expect(scheduledRetry(), 'unreadable: the backoff (fourth try)').to.equal(40_000);
    const date = new Date(Date.now() + 600_000).toUTCString();
    await withFetch(429, () => flushOutbox().then(() => undefined), { 'retry-after': date });
    expect(scheduledRetry()).to.be.within(590_000, 600_000);
    expect((await entries(store)).map(([key]) => key)).to.deep.equal(['k6']);
  });
});
