// Shared by the feedback test files: the fixture, the citizen's steps and the words.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '@qulay/elements/define/qulay-feedback.js';
import type { FeedbackSubmission, QulayFeedback } from '@qulay/elements';

export async function feedback(template = html`<qulay-feedback service="salary-certificate"></qulay-feedback>`) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = root.querySelector('qulay-feedback') as QulayFeedback;
  await element.updateComplete;
  return { root, element, $: <T extends Element>(selector: string) => element.querySelector<T>(selector)! };
}

/** Catches the submission before it is sent (the cancelable event). */
export function capture(element: QulayFeedback): FeedbackSubmission[] {
  const submissions: FeedbackSubmission[] = [];
  element.addEventListener('qulay-send-feedback', (event) => {
    submissions.push(event.detail);
    event.preventDefault();
  });
  return submissions;
}

export async function choose(element: QulayFeedback, answer: 'yes' | 'no') {
  element.querySelector<HTMLButtonElement>(`.block button[name="useful"][value="${answer}"]`)!.click();
  await element.updateComplete;
}

export async function typeComment(element: QulayFeedback, text: string) {
  const textarea = element.querySelector<HTMLTextAreaElement>('textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

export async function submit(element: QulayFeedback) {
  element.querySelector<HTMLFormElement>('.block form')!.requestSubmit();
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

export const notSentHere: Record<string, RegExp> = {
  en: /^Your feedback could not be sent from this page\. Your text is kept in the form/,
  'uz-Latn': /^Fikringizni bu sahifadan yuborib boʻlmadi\. Matningiz shaklda saqlanib qoldi/,
  'uz-Cyrl': /^Фикрингизни бу саҳифадан юбориб бўлмади\. Матнингиз шаклда сақланиб қолди/,
  'kaa-Latn': /^Pikirińizdi bul betten jiberip bolmadı\. Tekstińiz formada saqlanıp qaldı/,
  ru: /^Не удалось отправить отзыв с этой страницы\. Ваш текст сохранён в форме/,
};

export const notSaved: Record<string, RegExp> = {
  en: /^Your feedback could not be sent or saved\./,
  'uz-Latn': /^Fikringizni yuborib ham, saqlab ham boʻlmadi\./,
  'uz-Cyrl': /^Фикрингизни юбориб ҳам, сақлаб ҳам бўлмади\./,
  'kaa-Latn': /^Pikirińizdi jiberip te, saqlap ta bolmadı\./,
  ru: /^Не удалось ни отправить, ни сохранить отзыв\./,
};

/**
 * Sends with the network down and IndexedDB and localStorage refusing to store, and waits
 * until the block has said so.
 */
export async function failSendAndSave(element: QulayFeedback) {
  const originals = { fetch: window.fetch, put: IDBObjectStore.prototype.put, setItem: Storage.prototype.setItem };
  window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  IDBObjectStore.prototype.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  try {
    await submit(element);
    await waitUntil(() => element.querySelector('[role="alert"]'), 'the block says it could not send or save');
  } finally {
    window.fetch = originals.fetch;
    IDBObjectStore.prototype.put = originals.put;
    Storage.prototype.setItem = originals.setItem;
  }
}
