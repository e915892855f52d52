// Shared by the login-button test files: the fixture, the public-client markup and the words.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '@qulay/elements/define/qulay-login-options.js';
import type { QulayLoginButton } from '@qulay/elements';

export async function button(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = root.querySelector('qulay-login-button') as QulayLoginButton;
  await element.updateComplete;
  return { root, element, link: () => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')! };
}

export const publicClient = html`<qulay-login-button
  provider="oidc"
  authorize-url="https://id.example.uz/authorize"
  client-id="portal"
  redirect-uri="${location.origin}/callback"
></qulay-login-button>`;

/** The link's visible words (the label, or "Redirecting…"). */
export const linkWords = (link: HTMLAnchorElement) => link.querySelector(':scope > span:last-child')!.textContent;

/** The words under the link saying why sign-in could not start ('' when there are none). */
export const errorText = (element: QulayLoginButton) => element.shadowRoot!.querySelector('[part="error"]')!.textContent ?? '';

/** Waits until the click handler's awaited work (PKCE, storage) has failed and said so. */
export async function failed(element: QulayLoginButton) {
  await waitUntil(() => errorText(element) !== '', 'the button says sign-in could not start');
  await element.updateComplete;
}

/**
 * Waits for the next qulay-sign-in, cancels it (the test page must not navigate) and returns
 * its url once the button has given itself back.
 */
export async function nextSignIn(element: QulayLoginButton): Promise<string> {
  const url = await new Promise<string>((resolve) =>
    element.addEventListener(
      'qulay-sign-in',
      (event) => {
        event.preventDefault();
        resolve(event.detail.url);
      },
      { once: true },
    ),
  );
  await element.updateComplete;
  return url;
}

/** Runs `run` with `sessionStorage.setItem` throwing, as in a browser that refuses site data. */
export async function withStorageBlocked(run: () => Promise<void>) {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  try {
    await run();
  } finally {
    Storage.prototype.setItem = original;
  }
}

export const couldNotStart: Record<string, RegExp> = {
  en: /^Sign-in could not start in this browser\./,
  'uz-Latn': /^Bu brauzerda kirish boshlanmadi\./,
  'uz-Cyrl': /^Бу браузерда кириш бошланмади\./,
  'kaa-Latn': /^Bul brauzerde kiriw baslanbadı\./,
  ru: /^Не удалось начать вход в этом браузере\./,
};
