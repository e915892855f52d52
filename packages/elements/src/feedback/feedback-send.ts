import { safeUrl } from '@qulay/core';
import { getOutbox, type OutboxItem } from './outbox.js';

/** What a send attempt came to. */
export type SendResult =
  | { kind: 'sent' }
  | { kind: 'rejected'; status: number; message: string }
  | { kind: 'failed'; reason: string; retryAfter?: number };

/** `detail` of `qulay-feedback-delivered` (on `window`): a saved submission left the outbox. */
export interface FeedbackDelivered {
  /** The submission's id (its idempotency key). */
  key: string;
  /** `sent`, or `rejected` with the server's status and message (the item was dropped). */
  result: Exclude<SendResult, { kind: 'failed' }>;
}

/**
 * Posts one submission as JSON with its idempotency key. A 2xx is sent; a 4xx is the
 * server's final word (with its message), except 408, 425 and 429, which say "not now" (a
 * proxy's timeout, a rate limiter): those, a 5xx, a network error or a timeout are failures
 * worth retrying, with the server's `Retry-After` (in ms) when it sent one. Only an http(s) URL is fetched (`safeUrl`): an outbox entry read back from
 * storage may have been tampered with, so anything else is refused as final.
 */
export async function postFeedback(endpoint: string, key: string, body: unknown, timeoutMs = 10000): Promise<SendResult> {
  const url = safeUrl(endpoint);
  if (!url) return { kind: 'rejected', status: 0, message: `refused endpoint ${JSON.stringify(String(endpoint).slice(0, 100))}: not an http(s) URL` };
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'failed', reason: 'offline' };
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'same-origin',
    });
  } catch (error) {
    return { kind: 'failed', reason: String((error as Error)?.name ?? error) };
  }
  if (response.ok) return { kind: 'sent' };
  if (response.status >= 400 && response.status < 500 && !retryLater.has(response.status)) {
    return { kind: 'rejected', status: response.status, message: await rejectionMessage(response) };
  }
  const retryAfter = retryAfterMs(response.headers.get('retry-after'));
  return { kind: 'failed', reason: `HTTP ${response.status}`, ...(retryAfter === undefined ? {} : { retryAfter }) };
}

/** 4xx answers that mean "try again later", not "never": Request Timeout, Too Early, Too Many Requests. */
const retryLater = new Set([408, 425, 429]);

/** The longest wait a `Retry-After` can ask for (one hour): a wrong header must not park feedback for days. */
const maxRetryAfter = 3_600_000;

/** `Retry-After` in ms, as seconds or an HTTP date, capped at one hour; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(maxRetryAfter, Math.max(0, ms));
}

/**
 * The server's own words for a refusal, shown to the citizen: a JSON `message`, or a
 * text/plain body. Anything else (an nginx or proxy error page in HTML, a JSON body without
 * a message) is '', and the block says it in its own translated words instead.
 */
async function rejectionMessage(response: Response): Promise<string> {
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  let text: string;
  try {
    text = await response.text();
  } catch {
    return '';
  }
  let message = '';
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      const parsed = JSON.parse(text) as { message?: unknown } | null;
      if (typeof parsed?.message === 'string') message = parsed.message;
    } catch {
      // Not JSON after all: nothing to show.
    }
  } else if (type === 'text/plain') message = text;
  return message.trim().slice(0, 500);
}

let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelay: number | undefined;
let flushing: Promise<number> | undefined;
let listening = false;

/** Backoff: 5 s, 10 s, 20 s … up to 5 minutes; longer only when the server asked (`Retry-After`, at most an hour). */
const backoff = (tries: number, retryAfter = 0) => Math.max(Math.min(300_000, 5000 * 2 ** Math.max(0, tries - 1)), retryAfter);

/**
 * Sends every waiting submission once. Sent and rejected ones leave the outbox; failed ones
 * stay and are tried again later with backoff. Returns how many were sent.
 */
export function flushOutbox(): Promise<number> {
  flushing ??= (async () => {
    const outbox = await getOutbox();
    let sent = 0;
    let nextTries = 0;
    let retryAfter = 0;
    for (const item of await outbox.all()) {
      if (!item || typeof item.key !== 'string') continue;
      const result = await postFeedback(item.endpoint, item.key, item.body);
      if (result.kind === 'failed') {
        // A tampered count must not make the retry delay NaN (a zero-delay loop).
        const updated: OutboxItem = { ...item, tries: (Number.isFinite(item.tries) ? Math.max(0, item.tries) : 0) + 1 };
        await outbox.put(updated);
        nextTries = Math.max(nextTries, updated.tries);
        retryAfter = Math.max(retryAfter, result.retryAfter ?? 0);
        continue;
      }
      if (result.kind === 'rejected') {
        const by = result.status ? `the server (${result.status})` : 'the kit';
        console.warn(`Qulay: a saved feedback submission was refused by ${by} and dropped: ${result.message}`);
      }
      else sent++;
      await outbox.remove(item.key);
      const detail: FeedbackDelivered = { key: item.key, result };
      window.dispatchEvent(new CustomEvent('qulay-feedback-delivered', { detail, bubbles: true, composed: true }));
    }
    if (nextTries) scheduleRetry(backoff(nextTries, retryAfter));
    return sent;
  })().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

function scheduleRetry(ms: number): void {
  clearTimeout(retryTimer);
  retryDelay = ms;
  retryTimer = setTimeout(() => {
    retryDelay = undefined;
    void flushOutbox().catch(flushFailed);
  }, ms);
}

/** The delay of the retry now waiting, in ms (undefined when none is); tests read it. */
export function scheduledRetry(): number | undefined {
  return retryDelay;
}

/**
 * IndexedDB can fail part-way (quota, a closed connection). What is saved stays saved; the
 * outbox is tried again when the browser comes back online or a page with the block loads.
 */
function flushFailed(error: unknown): void {
  console.warn(`Qulay: the feedback outbox could not be read or updated; it is tried again later: ${String((error as Error)?.message ?? error)}`);
}

/** Keeps the outbox moving: now, whenever the browser comes back online, and with backoff. */
export function startOutbox(): void {
  if (!listening) {
    listening = true;
    window.addEventListener('online', () => void flushOutbox().catch(flushFailed));
  }
  void flushOutbox().catch(flushFailed);
}

/** Saves a submission for later and schedules a retry (not before the server's `Retry-After`, in ms). */
export async function queueFeedback(endpoint: string, key: string, body: unknown, retryAfter?: number): Promise<void> {
  const outbox = await getOutbox();
  await outbox.put({ key, endpoint, body, tries: 1 });
  scheduleRetry(backoff(1, retryAfter));
}

declare global {
  interface WindowEventMap {
    'qulay-feedback-delivered': CustomEvent<FeedbackDelivered>;
  }
}
