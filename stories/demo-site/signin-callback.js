// The demo's sign-in callback page, as an agency would write it: verify the callback in the
// browser, hand code and verifier to the backend, show the outcome in the page language.
import { completeSignIn, signInErrorMessage } from '/dist/qulay.js';

const status = document.querySelector('#signin-status');
const lang = document.documentElement.lang;

try {
  const { codeVerifier, nonce, state } = completeSignIn();
  const response = await fetch('/api/signin', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ callbackUrl: location.href, codeVerifier, nonce, state }),
  });
  if (!response.ok) throw Object.assign(new Error('exchange failed'), { code: 'provider-error', providerError: 'server_error' });
  location.replace(`/signin?lang=${encodeURIComponent(lang)}`);
} catch (error) {
  status.textContent = signInErrorMessage(error);
  status.hidden = false;
  document.querySelector('#signin-again').hidden = false;
}
